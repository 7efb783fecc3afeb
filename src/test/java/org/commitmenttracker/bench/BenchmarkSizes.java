package org.commitmenttracker.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * How big one benchmark run is. The full run is the one issue #6 asks for (1,000,000 events over 100,000 items and 200
 * sessions); the quick run is the CI smoke test, which checks that every measurement runs and leaves correct read
 * models, and says nothing about speed.
 *
 * @param events synthetic domain events pre-filled for the catch-up and read measurements
 * @param items items those events are spread over
 * @param sessions sessions those items are spread over
 * @param rawSeconds how long each single-row insert measurement runs, per client count
 * @param rawBatchRows rows written by the batched-insert measurement
 * @param writeCommands commands per write-path measurement (each appends one event)
 * @param clients concurrent writers for the write path (the raw figure it is divided by uses the same)
 * @param readSamples timed requests per read measurement, after up to 20 warm-up requests
 * @param readSeconds time one read measurement may take before it stops with fewer samples
 * @param output where the table and the machine details are written
 */
public record BenchmarkSizes(
        String mode,
        int events,
        int items,
        int sessions,
        double rawSeconds,
        int rawBatchRows,
        int writeCommands,
        int clients,
        int readSamples,
        double readSeconds,
        Path output) {

    public static BenchmarkSizes full() {
        return new BenchmarkSizes(
                "full", 1_000_000, 100_000, 200, 5, 200_000, 2_000, 4, 200, 10, Path.of("BENCHMARKS.md"));
    }

    public static BenchmarkSizes quick() {
        return new BenchmarkSizes(
                "quick", 6_000, 600, 12, 0.3, 5_000, 40, 4, 5, 10, Path.of("target/benchmarks-quick.md"));
    }

    /**
     * --quick, then any of --events=, --items=, --sessions=, --raw-seconds=, --raw-batch-rows=, --writes=, --clients=,
     * --reads=, --read-seconds=, --out=.
     */
    public static BenchmarkSizes fromArguments(String... arguments) {
        Map<String, String> given = new HashMap<>();
        boolean quick = false;
        for (String argument : arguments) {
            if (argument.equals("--quick")) {
                quick = true;
            } else if (argument.startsWith("--") && argument.contains("=")) {
                given.put(argument.substring(2, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException(
                        "Unknown argument " + argument + "; see BENCHMARKS.md for the options");
            }
        }
        BenchmarkSizes base = quick ? quick() : full();
        BenchmarkSizes sizes = new BenchmarkSizes(
                base.mode(),
                integer(given.remove("events"), base.events()),
                integer(given.remove("items"), base.items()),
                integer(given.remove("sessions"), base.sessions()),
                given.containsKey("raw-seconds") ? Double.parseDouble(given.remove("raw-seconds")) : base.rawSeconds(),
                integer(given.remove("raw-batch-rows"), base.rawBatchRows()),
                integer(given.remove("writes"), base.writeCommands()),
                integer(given.remove("clients"), base.clients()),
                integer(given.remove("reads"), base.readSamples()),
                given.containsKey("read-seconds")
                        ? Double.parseDouble(given.remove("read-seconds"))
                        : base.readSeconds(),
                given.containsKey("out") ? Path.of(given.remove("out")) : base.output());
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown options " + given.keySet());
        }
        if (sizes.items() < sizes.sessions() || sizes.events() < 2 * sizes.items()) {
            throw new IllegalArgumentException("Need at least as many items as sessions and two events per item");
        }
        return sizes;
    }

    private static int integer(String value, int fallback) {
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }
}
