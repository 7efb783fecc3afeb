package org.commitmenttracker.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table the benchmark prints, and the same table with the machine and sizes in BENCHMARKS.md, between markers so
 * the written analysis around it is kept.
 */
record Report(BenchmarkSizes sizes, List<Measurement> measurements, Map<String, String> machine, Duration took) {

    static final String BEGIN = "<!-- benchmark table: written by bench/run.sh -->";
    static final String END = "<!-- end of benchmark table -->";
    private static final double READ_GOAL_MS = 50;
    private static final double AS_OF_GOAL_MS = 100;

    String text() {
        StringBuilder out = new StringBuilder();
        String format = "%-20s %-62s %14s %9s %9s %9s  %s%n";
        out.append(String.format(
                Locale.ROOT, format, "section", "measurement", "rate", "p50 ms", "p99 ms", "n", "goal / note"));
        for (Measurement m : measurements) {
            out.append(String.format(
                    Locale.ROOT,
                    format,
                    m.section(),
                    m.what(),
                    rate(m),
                    millis(m.p50Millis()),
                    millis(m.p99Millis()),
                    m.count() == 0 ? "" : String.valueOf(m.count()),
                    goal(m)));
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder(BEGIN).append("\n\n");
        out.append("Run of ")
                .append(Instant.now().toString(), 0, 16)
                .append(" UTC, ")
                .append(sizes.mode())
                .append(" sizes: ")
                .append(String.format(
                        Locale.ROOT,
                        "%,d events over %,d items and %,d sessions; %,d commands per write figure, "
                                + "%d clients; %d samples per read figure. The whole run took %d min %02d s.",
                        sizes.events(),
                        sizes.items(),
                        sizes.sessions(),
                        sizes.writeCommands(),
                        sizes.clients(),
                        sizes.readSamples(),
                        took.toMinutes(),
                        took.toSecondsPart()))
                .append(
                        "\n\n| Section | Measurement | Rate | p50 ms | p99 ms | n | Goal / note |\n|---|---|---:|---:|---:|---:|---|\n");
        for (Measurement m : measurements) {
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s |%n",
                    m.section(),
                    m.what(),
                    rate(m),
                    millis(m.p50Millis()),
                    millis(m.p99Millis()),
                    m.count() == 0 ? "" : m.count(),
                    goal(m)));
        }
        out.append("\nMachine:\n\n");
        machine.forEach((name, value) ->
                out.append("- ").append(name).append(": ").append(value).append('\n'));
        return out.append('\n').append(END).toString();
    }

    void writeTo(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        String existing = Files.exists(file) ? Files.readString(file) : "";
        int begin = existing.indexOf(BEGIN);
        int end = existing.indexOf(END);
        String updated = begin >= 0 && end > begin
                ? existing.substring(0, begin) + markdown() + existing.substring(end + END.length())
                : existing + (existing.isEmpty() ? "" : "\n\n") + markdown() + "\n";
        Files.writeString(file, updated);
    }

    private static String rate(Measurement m) {
        if (Double.isNaN(m.rate())) {
            return "";
        }
        return m.unit().equals("%")
                ? String.format(Locale.ROOT, "%.1f %%", m.rate())
                : String.format(Locale.ROOT, "%,.0f %s", m.rate(), m.unit());
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    /** Reads are judged against the goals here; nothing asserts on them. */
    private static String goal(Measurement m) {
        if (!m.section().equals("reads")) {
            String verdict = m.unit().equals("%")
                    ? verdict(m.rate() >= Double.parseDouble(m.note().replaceAll("[^0-9.]", "")))
                    : "";
            return m.note() + verdict;
        }
        double limit = m.key().endsWith(".asOf") || m.key().endsWith(".knownAt") ? AS_OF_GOAL_MS : READ_GOAL_MS;
        return "p99 ≤ " + (int) limit + " ms" + verdict(m.p99Millis() <= limit) + "; " + m.note();
    }

    private static String verdict(boolean met) {
        return met ? ": met" : ": missed";
    }
}
