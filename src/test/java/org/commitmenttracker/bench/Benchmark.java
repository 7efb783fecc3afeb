package org.commitmenttracker.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.commitmenttracker.support.TestDatabase;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue #6: the tracker measured against raw PostgreSQL on the same server, in one run. Run it with bench/run.sh (full
 * sizes, about ten minutes on two cores) or bench/run.sh --quick.
 *
 * <p>Each run gets a throw-away database on the PostgreSQL named by the PG* variables (or a Testcontainers PostgreSQL
 * where Docker answers), dropped when the run ends.
 */
public final class Benchmark {

    private Benchmark() {}

    public static void main(String[] arguments) throws Exception {
        boolean keep = java.util.Arrays.asList(arguments).contains("--keep-database");
        boolean writeOnly = java.util.Arrays.asList(arguments).contains("--write-only");
        BenchmarkSizes sizes = BenchmarkSizes.fromArguments(java.util.Arrays.stream(arguments)
                .filter(argument -> !argument.equals("--keep-database") && !argument.equals("--write-only"))
                .toArray(String[]::new));
        try {
            BenchmarkRun run = run(sizes, keep, writeOnly);
            System.out.println(run.report().text());
            run.report().writeTo(sizes.output());
            System.out.println("Written to " + sizes.output().toAbsolutePath());
            System.exit(0);
        } catch (Exception | Error e) {
            // Exit either way: a half-started tracker's threads would otherwise keep the JVM alive.
            e.printStackTrace();
            System.exit(1);
        }
    }

    static BenchmarkRun run(BenchmarkSizes sizes) throws Exception {
        return run(sizes, false, false);
    }

    /**
     * @param keepDatabase leave the database on the server afterwards, to look at query plans at full size
     * @param writeOnly stop after the write path (raw single-row inserts beside it), to compare changes to the write
     *     path before and after in minutes rather than a full run
     */
    static BenchmarkRun run(BenchmarkSizes sizes, boolean keepDatabase, boolean writeOnly) throws Exception {
        long started = System.nanoTime();
        TestDatabase database = TestDatabase.create(!keepDatabase);
        if (keepDatabase) {
            log("keeping database %s", database.url());
        }
        List<Measurement> measurements = new ArrayList<>();
        try (RunningTracker tracker = RunningTracker.start(database)) {
            log("tracker started at %s; measuring raw PostgreSQL", tracker.base);
            BenchCatalogue catalogue = BenchCatalogue.record(
                    tracker.bean(EventStorageEngine.class), tracker.bean(TransactionManager.class), sizes.sessions());
            JdbcClient jdbc = tracker.bean(JdbcClient.class);
            byte[][] sample = jdbc.sql(
                            "SELECT payload, meta_data FROM domain_event_entry ORDER BY global_index DESC LIMIT 1")
                    .query((rs, row) -> new byte[][] {rs.getBytes(1), rs.getBytes(2)})
                    .single();
            new RawPostgres(database.url(), database.username(), database.password(), sample[0], sample[1])
                    .measure(sizes)
                    .forEach(m -> measurements.add(logged(m)));

            log("measuring the write path");
            tracker.awaitCaughtUp(Duration.ofMinutes(1));
            new WritePath(tracker, catalogue).measure(sizes).forEach(m -> measurements.add(logged(m)));
            tracker.awaitCaughtUp(Duration.ofMinutes(5));
            if (writeOnly) {
                measurements.addAll(Ratios.ofWrites(measurements, sizes.clients()));
                Report report = new Report(
                        sizes, measurements, Machine.describe(jdbc), Duration.ofNanos(System.nanoTime() - started));
                return new BenchmarkRun(report, Map.of(), 2L * sizes.writeCommands(), sizes.sessions());
            }

            long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry")
                    .query(Long.class)
                    .single();
            String itemType = jdbc.sql(
                            "SELECT type FROM domain_event_entry WHERE payload_type LIKE '%.PledgeGiven' LIMIT 1")
                    .query(String.class)
                    .single();
            SyntheticRegister register = new SyntheticRegister(
                    catalogue, sizes.items(), (int) Math.max(2L * sizes.items(), sizes.events() - stored), itemType);
            log("pre-filling %,d item events", sizes.events() - stored);
            CatchUp catchUp = new CatchUp(tracker);
            measurements.add(logged(catchUp.prefill(register)));
            log("rebuilding the read models");
            catchUp.rebuild(Duration.ofMinutes(30)).forEach(m -> measurements.add(logged(m)));
            Map<String, Long> rows = Map.of(
                    "events",
                    catchUp.rows("domain_event_entry"),
                    "rm_item",
                    catchUp.rows("rm_item"),
                    "rm_audit_event",
                    catchUp.rows("rm_audit_event"),
                    "rm_session",
                    catchUp.rows("rm_session"),
                    "rm_item_statement",
                    catchUp.rows("rm_item_statement"));

            // What autovacuum and autoanalyze would have done by now on a production server. The rebuild rewrites each
            // item's rm_item_current row once per batch it appears in (about ten dead rows per live one at 20,000
            // items), and a server with autovacuum off, as this machine's is, then reads the bloat without statistics
            // in every query (issue #17: the item list's unexplained 100 ms). The time is reported, not hidden.
            log("VACUUM ANALYZE after the rebuild (autovacuum on this server: %s)", setting(database, "autovacuum"));
            log("VACUUM ANALYZE took %.1f s", vacuumAnalyze(database));
            log("measuring reads");
            Instant knownAt = register.middleDate().atTime(12, 0).toInstant(ZoneOffset.UTC);
            measurements.addAll(new Reads(tracker, catalogue, sizes.items())
                    .measure(
                            sizes.readSamples(),
                            sizes.readSeconds(),
                            register.middleDate().minusDays(1),
                            knownAt));
            log("measuring concurrent reads, %d clients", ConcurrentReads.CLIENTS);
            measurements.addAll(new ConcurrentReads(tracker, database.url(), database.username(), database.password())
                    .measure(Math.max(2, sizes.readSamples() / 10), 3 * sizes.readSeconds()));
            measurements.addAll(Ratios.of(measurements, sizes.clients()));
            Report report = new Report(
                    sizes, measurements, Machine.describe(jdbc), Duration.ofNanos(System.nanoTime() - started));
            return new BenchmarkRun(report, rows, sizes.items() + 2L * sizes.writeCommands(), sizes.sessions());
        }
    }

    private static String setting(TestDatabase database, String name) throws java.sql.SQLException {
        try (var connection =
                        java.sql.DriverManager.getConnection(database.url(), database.username(), database.password());
                var result = connection.createStatement().executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    /** @return seconds taken */
    private static double vacuumAnalyze(TestDatabase database) throws java.sql.SQLException {
        long start = System.nanoTime();
        try (var connection =
                        java.sql.DriverManager.getConnection(database.url(), database.username(), database.password());
                var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** @param expectedItems items the read models must hold: the synthetic ones and those the write path recorded */
    record BenchmarkRun(Report report, Map<String, Long> rows, long expectedItems, long expectedSessions) {}

    /** Each figure is printed as soon as it is measured, so that an interrupted run still tells something. */
    static Measurement logged(Measurement m) {
        log(
                "%s: %s",
                m.what(),
                Double.isNaN(m.p50Millis())
                        ? String.format(java.util.Locale.ROOT, "%,.0f %s (n=%d)", m.rate(), m.unit(), m.count())
                        : String.format(
                                java.util.Locale.ROOT,
                                "%s p50 %.2f ms, p99 %.2f ms (n=%d)",
                                Double.isNaN(m.rate())
                                        ? ""
                                        : String.format(java.util.Locale.ROOT, "%,.0f %s,", m.rate(), m.unit()),
                                m.p50Millis(),
                                m.p99Millis(),
                                m.count()));
        return m;
    }

    static void log(String format, Object... arguments) {
        System.out.printf("[bench %s] %s%n", Instant.now().toString().substring(11, 19), format.formatted(arguments));
    }
}
