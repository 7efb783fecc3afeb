package org.commitmenttracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The ratio lines carry each write path's own goal (issue #6 for the gateway, issue #17 over HTTP), and the report
 * judges each against it: 20% over HTTP is met, the same 20% through the gateway is not.
 */
class RatiosTest {

    @Test
    void eachWritePathIsJudgedAgainstItsOwnGoal() {
        List<Measurement> measured = List.of(
                rate("raw.single.4", "single-row insert, 4 clients", 100),
                rate("raw.batched", "batched insert", 1000),
                rate("write.gateway.pledge", "record pledge, command gateway", 20),
                rate("write.gateway.status", "change status, command gateway", 30),
                rate("write.http.pledge", "record pledge, HTTP", 20),
                rate("write.http.status", "change status, HTTP", 10),
                rate("catchup", "catch-up", 250));

        Map<String, Measurement> ratios =
                Ratios.of(measured, 4).stream().collect(Collectors.toMap(Measurement::key, Function.identity()));

        assertThat(ratios.get("ratio.gateway.pledge").note()).isEqualTo("goal ≥ 25%");
        assertThat(ratios.get("ratio.gateway.status").note()).isEqualTo("goal ≥ 25%");
        assertThat(ratios.get("ratio.http.pledge").note()).isEqualTo("goal ≥ 15%");
        assertThat(ratios.get("ratio.http.status").note()).isEqualTo("goal ≥ 15%");
        assertThat(ratios.get("ratio.catchup").note()).isEqualTo("goal ≥ 20%");
        assertThat(ratios.get("ratio.http.pledge").rate()).isEqualTo(20.0);
        assertThat(ratios.get("ratio.http.pledge").what())
                .isEqualTo("record pledge, HTTP ÷ single-row insert, 4 clients");

        String table =
                new Report(BenchmarkSizes.quick(), List.copyOf(ratios.values()), Map.of(), Duration.ZERO).markdown();
        assertThat(table)
                .contains("| ratios | record pledge, HTTP ÷ single-row insert, 4 clients | 20.0 % |"
                        + "  |  |  | goal ≥ 15%: met |")
                .contains("| ratios | record pledge, command gateway ÷ single-row insert, 4 clients | 20.0 % |"
                        + "  |  |  | goal ≥ 25%: missed |")
                .contains("| ratios | change status, HTTP ÷ single-row insert, 4 clients | 10.0 % |"
                        + "  |  |  | goal ≥ 15%: missed |");
    }

    private static Measurement rate(String key, String what, double perSecond) {
        return Measurement.rate("writes", key, what, (long) perSecond, 1.0, "/s", "");
    }
}
