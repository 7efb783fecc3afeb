package org.commitmenttracker.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What PostgreSQL itself manages on this machine, with plain JDBC and none of the tracker: the yardstick the tracker's
 * figures are divided by. The table has the event store's shape and its indexes (copied from domain_event_entry, so
 * they cannot drift), but not its hash-chain trigger: that trigger is part of what the tracker pays for.
 */
final class RawPostgres {

    private static final String SECTION = "raw PostgreSQL";
    private static final String INSERT = """
            INSERT INTO bench_raw.event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                payload_type, payload_revision, payload, meta_data)
            VALUES (?, ?, 0, 'Item', '2026-11-22T00:00:00Z', 'org.commitmenttracker.item.PledgeGiven', '1', ?, ?)""";

    private final String url;
    private final String user;
    private final String password;
    private final byte[] payload;
    private final byte[] metaData;

    RawPostgres(String url, String user, String password, byte[] payload, byte[] metaData) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.payload = payload;
        this.metaData = metaData;
    }

    List<Measurement> measure(BenchmarkSizes sizes) throws Exception {
        createTable();
        List<Measurement> figures = new ArrayList<>();
        for (int clients : new int[] {1, 2, 4}) {
            figures.add(singleRowInserts(clients, sizes.rawSeconds()));
        }
        figures.add(batchedInserts(sizes.rawBatchRows()));
        figures.add(orderedScan());
        return figures;
    }

    private void createTable() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS bench_raw CASCADE");
            statement.execute("CREATE SCHEMA bench_raw");
            statement.execute("CREATE SEQUENCE bench_raw.event_seq CACHE 1");
            statement.execute("""
                    CREATE TABLE bench_raw.event_entry (LIKE public.domain_event_entry INCLUDING INDEXES INCLUDING CONSTRAINTS)""");
            statement.execute(
                    "ALTER TABLE bench_raw.event_entry ALTER COLUMN global_index SET DEFAULT nextval('bench_raw.event_seq')");
            statement.execute("ALTER TABLE bench_raw.event_entry ALTER COLUMN chain_hash DROP NOT NULL");
        }
    }

    /** One transaction per row (autocommit), as each command appends its event in a transaction of its own. */
    private Measurement singleRowInserts(int clients, double seconds) throws Exception {
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        long deadline = started + (long) (seconds * 1e9);
        long rows = Parallel.clients(clients, client -> {
                    long inserted = 0;
                    try (Connection connection = connect();
                            PreparedStatement insert = connection.prepareStatement(INSERT)) {
                        // At least one row: on a starved machine connecting alone can outlast a short window.
                        while (inserted == 0 || System.nanoTime() < deadline) {
                            long start = System.nanoTime();
                            bind(insert);
                            insert.executeUpdate();
                            latencies.add(System.nanoTime() - start);
                            inserted++;
                        }
                    }
                    return inserted;
                })
                .stream()
                .mapToLong(Long::longValue)
                .sum();
        double elapsed = (System.nanoTime() - started) / 1e9;
        return Measurement.timed(
                SECTION,
                "raw.single." + clients,
                "single-row insert, " + clients + " client" + (clients > 1 ? "s" : ""),
                rows,
                elapsed,
                "tx/s",
                latencies,
                "autocommit, one row per transaction");
    }

    /** JDBC batches of 1,000 rows, rewritten by the driver into multi-row INSERTs, 10 batches per transaction. */
    private Measurement batchedInserts(int rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                        url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", user, password);
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            long started = System.nanoTime();
            for (int row = 1; row <= rows; row++) {
                bind(insert);
                insert.addBatch();
                if (row % 1_000 == 0 || row == rows) {
                    insert.executeBatch();
                }
                if (row % 10_000 == 0 || row == rows) {
                    connection.commit();
                }
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            return Measurement.rate(
                    SECTION,
                    "raw.batched",
                    "batched insert (1,000 rows per batch)",
                    rows,
                    elapsed,
                    "rows/s",
                    "reWriteBatchedInserts=true");
        }
    }

    /** Every row in global_index order through a cursor, reading each column as a processor would. */
    private Measurement orderedScan() throws SQLException {
        try (Connection connection = connect()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setFetchSize(1_000);
                long started = System.nanoTime();
                long rows = 0;
                long bytes = 0;
                try (ResultSet scan =
                        statement.executeQuery("SELECT * FROM bench_raw.event_entry ORDER BY global_index")) {
                    while (scan.next()) {
                        bytes += scan.getString("event_identifier").length()
                                + scan.getString("aggregate_identifier").length()
                                + scan.getString("time_stamp").length()
                                + scan.getString("payload_type").length()
                                + scan.getBytes("payload").length
                                + scan.getBytes("meta_data").length
                                + scan.getLong("global_index") % 2;
                        rows++;
                    }
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                connection.commit();
                return Measurement.rate(
                        SECTION,
                        "raw.scan",
                        "ordered full scan",
                        rows,
                        elapsed,
                        "rows/s",
                        "fetch size 1,000; " + bytes / Math.max(rows, 1) + " bytes per row read");
            }
        }
    }

    private void bind(PreparedStatement insert) throws SQLException {
        insert.setString(1, UUID.randomUUID().toString());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setBytes(3, payload);
        insert.setBytes(4, metaData);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
