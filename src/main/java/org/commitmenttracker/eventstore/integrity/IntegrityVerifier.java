package org.commitmenttracker.eventstore.integrity;

import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks every aggregate's hash chain in the event table. Heads and events are read in one REPEATABLE READ snapshot, so
 * events appended during the walk cannot look like a broken tail.
 */
@Component
public class IntegrityVerifier {

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;

    IntegrityVerifier(DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        // A full walk reads the whole store; it appends nothing, so the write-side limits need not apply.
        this.snapshot.setTimeout(3600);
    }

    public IntegrityReport verify() {
        return walk().report();
    }

    /** The walk's report, the intact aggregates' heads, and the highest global index, all from one snapshot. */
    record Walked(IntegrityReport report, java.util.List<CheckpointLeaf> leaves, long maxGlobalIndex) {}

    Walked walk() {
        return snapshot.execute(tx -> {
            jdbc.execute("SET LOCAL statement_timeout = '1h'");
            ChainWalk walk = new ChainWalk(heads());
            events(walk::accept);
            IntegrityReport report = walk.finish();
            return new Walked(report, walk.leaves(), maxGlobalIndex());
        });
    }

    long maxGlobalIndex() {
        Long max = jdbc.queryForObject("SELECT coalesce(max(global_index), 0) FROM domain_event_entry", Long.class);
        return max == null ? 0 : max;
    }

    /** Every stored event, in (aggregate id, sequence) order, to be read inside a snapshot. */
    void events(java.util.function.Consumer<StoredEvent> consumer) {
        jdbc.query("""
                        SELECT aggregate_identifier, sequence_number, event_identifier, time_stamp, type, payload_type,
                               payload_revision, payload, meta_data, chain_hash
                        FROM domain_event_entry ORDER BY aggregate_identifier, sequence_number""", rs -> {
            consumer.accept(new StoredEvent(
                    rs.getString(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getBytes(8),
                    rs.getBytes(9),
                    rs.getBytes(10)));
        });
    }

    /** Runs work inside the same kind of read-only REPEATABLE READ snapshot as the walk. */
    <T> T inSnapshot(java.util.function.Supplier<T> work) {
        return snapshot.execute(tx -> {
            jdbc.execute("SET LOCAL statement_timeout = '1h'");
            return work.get();
        });
    }

    private Map<String, ChainWalk.Head> heads() {
        Map<String, ChainWalk.Head> heads = new HashMap<>();
        jdbc.query("SELECT aggregate_identifier, last_sequence, last_hash FROM event_chain_head", rs -> {
            heads.put(rs.getString(1), new ChainWalk.Head(rs.getLong(2), rs.getBytes(3)));
        });
        return heads;
    }
}
