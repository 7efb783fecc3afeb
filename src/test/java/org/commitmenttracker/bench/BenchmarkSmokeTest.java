package org.commitmenttracker.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at its quick sizes, as CI runs it: every measurement runs, the read models it times hold exactly the
 * register it generated, and the report keeps what surrounds its table. Nothing here looks at how fast anything was
 * (BENCHMARKS.md has the figures).
 */
class BenchmarkSmokeTest {

    private static final List<String> READS =
            List.of("items", "itemsAll", "search", "history", "session", "session500", "scorecard", "dashboard");

    @Test
    void quickRunMeasuresEverythingOverACorrectRegister(@TempDir Path directory) throws Exception {
        BenchmarkSizes quick = BenchmarkSizes.fromArguments("--quick", "--out=" + directory.resolve("BENCHMARKS.md"));

        Benchmark.BenchmarkRun run = Benchmark.run(quick);

        Map<String, Measurement> byKey =
                run.report().measurements().stream().collect(Collectors.toMap(Measurement::key, Function.identity()));
        Stream.of(
                        "raw.single.1",
                        "raw.single.2",
                        "raw.single.4",
                        "raw.batched",
                        "raw.scan",
                        "write.gateway.pledge",
                        "write.gateway.status",
                        "write.http.pledge",
                        "write.http.status",
                        "prefill",
                        "catchup")
                .forEach(key -> assertThat(byKey.get(key)).as(key).satisfies(m -> {
                    assertThat(m.count()).as(key + " operations").isPositive();
                    assertThat(m.rate()).as(key + " rate").isPositive().isFinite();
                }));
        assertThat(byKey.get("write.http.pledge").count()).isEqualTo(quick.writeCommands());
        for (String read : READS) {
            for (String variant : List.of("", ".asOf", ".knownAt")) {
                Measurement m = byKey.get("read." + read + variant);
                assertThat(m).as(read + variant).isNotNull();
                assertThat(m.count()).as(read + variant).isEqualTo(quick.readSamples());
                assertThat(m.p99Millis())
                        .as(read + variant)
                        .isGreaterThanOrEqualTo(m.p50Millis())
                        .isPositive();
            }
        }
        for (String concurrent : List.of("raw.read.concurrent", "read.concurrent.dashboard", "read.concurrent.items")) {
            Measurement m = byKey.get(concurrent);
            assertThat(m).as(concurrent).isNotNull();
            assertThat(m.count()).as(concurrent).isGreaterThanOrEqualTo(ConcurrentReads.CLIENTS);
            assertThat(m.rate()).as(concurrent + " rate").isPositive().isFinite();
            assertThat(m.p99Millis()).as(concurrent).isGreaterThanOrEqualTo(m.p50Millis());
        }
        assertThat(byKey.get("read.concurrent.health").count())
                .as("health probes")
                .isPositive();
        assertThat(byKey.keySet()).contains("ratio.gateway.pledge", "ratio.http.status", "ratio.catchup");

        assertThat(run.rows().get("rm_item")).as("items projected").isEqualTo(run.expectedItems());
        assertThat(run.rows().get("rm_session")).as("sessions projected").isEqualTo(run.expectedSessions());
        assertThat(run.rows().get("rm_audit_event"))
                .as("every stored event in the audit")
                .isEqualTo(run.rows().get("events"));
        assertThat(run.rows().get("events")).as("events stored").isGreaterThanOrEqualTo(quick.events());
        assertThat(byKey.get("catchup").count())
                .as("events replayed")
                .isEqualTo(run.rows().get("events"));
    }

    @Test
    void reportReplacesOnlyItsOwnTable(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("BENCHMARKS.md");
        Files.writeString(
                file, "# Benchmarks\n\nBefore.\n\n" + Report.BEGIN + "\nold table\n" + Report.END + "\n\nAfter.\n");
        Report report = new Report(
                BenchmarkSizes.quick(),
                List.of(Measurement.ratio("ratio.catchup", "catch-up ÷ batched", 0.5, "goal ≥ 20%")),
                Map.of("CPU", "test"),
                java.time.Duration.ofSeconds(61));

        report.writeTo(file);

        String written = Files.readString(file);
        assertThat(written)
                .startsWith("# Benchmarks\n\nBefore.\n\n" + Report.BEGIN)
                .endsWith(Report.END + "\n\nAfter.\n")
                .doesNotContain("old table")
                .contains(
                        "| ratios | catch-up ÷ batched | 50.0 % |",
                        "goal ≥ 20%: met", "- CPU: test", "The whole run took 1 min 01 s");
    }
}
