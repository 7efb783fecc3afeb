package org.commitmenttracker.bench;

import java.util.Arrays;

/** Timings of individual operations, kept exactly (no histogram buckets) because runs are small. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;

    synchronized void add(long elapsedNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    synchronized int count() {
        return count;
    }

    /** The q-quantile in milliseconds by the nearest-rank method. */
    synchronized double millis(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    double p50() {
        return millis(0.50);
    }

    double p99() {
        return millis(0.99);
    }
}
