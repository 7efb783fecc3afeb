package org.commitmenttracker.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each tracker rate divided by the raw PostgreSQL rate it is built on, with its goal in the note. */
final class Ratios {

    /**
     * Each write path's goal against raw single-row inserts. The gateway's is issue #6's; over HTTP (an API token, the
     * request and the JSON besides) issue #17 set a lower one. Labelling the HTTP lines with the gateway's 25% judged
     * them against a goal nobody set.
     */
    private static final Map<String, String> WRITE_GOALS = Map.of(
            "write.gateway.pledge", "goal ≥ 25%",
            "write.gateway.status", "goal ≥ 25%",
            "write.http.pledge", "goal ≥ 15%",
            "write.http.status", "goal ≥ 15%");

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
                    WRITE_GOALS.get(write)));
        }
        return ratios;
    }
}
