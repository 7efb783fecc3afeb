package org.commitmenttracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each tracker rate divided by the raw PostgreSQL rate it is built on (issue #6 goals in the notes). */
final class Ratios {

    private Ratios() {}

    static List<Measurement> of(List<Measurement> measured, int clients) {
        Map<String, Measurement> byKey =
                measured.stream().collect(Collectors.toMap(Measurement::key, Function.identity()));
        Measurement batched = byKey.get("raw.batched");
        List<Measurement> ratios = ofWrites(measured, clients);
        Measurement catchUp = byKey.get("catchup");
        ratios.add(Measurement.ratio(
                "ratio.catchup",
                catchUp.what() + " ÷ " + batched.what(),
                catchUp.rate() / batched.rate(),
                "goal ≥ 20%"));
        return ratios;
    }

    /** The write figures' ratios alone (bench/run.sh --write-only). */
    static List<Measurement> ofWrites(List<Measurement> measured, int clients) {
        Map<String, Measurement> byKey =
                measured.stream().collect(Collectors.toMap(Measurement::key, Function.identity()));
        Measurement single = byKey.get("raw.single." + clients);
        List<Measurement> ratios = new ArrayList<>();
        for (String write :
                List.of("write.gateway.pledge", "write.gateway.status", "write.http.pledge", "write.http.status")) {
            Measurement tracker = byKey.get(write);
            ratios.add(Measurement.ratio(
                    "ratio." + write.substring(6),
                    tracker.what() + " ÷ " + single.what(),
                    tracker.rate() / single.rate(),
                    "goal ≥ 25%"));
        }
        return ratios;
    }
}
