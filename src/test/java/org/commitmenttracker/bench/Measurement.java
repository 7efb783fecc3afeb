package org.commitmenttracker.bench;

/**
 * One line of the benchmark table: a rate or a latency, with what it is compared with.
 *
 * @param key stable identifier, used by the ratio lines and by the smoke test
 * @param rate operations (rows, events, commands, requests) per second; NaN for pure latency lines
 * @param count how many operations were timed
 */
record Measurement(
        String section,
        String key,
        String what,
        double rate,
        String unit,
        double p50Millis,
        double p99Millis,
        long count,
        String note) {

    static Measurement rate(
            String section, String key, String what, long count, double seconds, String unit, String note) {
        return new Measurement(section, key, what, count / seconds, unit, Double.NaN, Double.NaN, count, note);
    }

    static Measurement timed(
            String section,
            String key,
            String what,
            long count,
            double seconds,
            String unit,
            Latencies latencies,
            String note) {
        return new Measurement(
                section, key, what, count / seconds, unit, latencies.p50(), latencies.p99(), count, note);
    }

    static Measurement latency(String section, String key, String what, Latencies latencies, String note) {
        return new Measurement(
                section, key, what, Double.NaN, "", latencies.p50(), latencies.p99(), latencies.count(), note);
    }

    static Measurement ratio(String key, String what, double ratio, String note) {
        return new Measurement("ratios", key, what, ratio * 100, "%", Double.NaN, Double.NaN, 0, note);
    }
}
