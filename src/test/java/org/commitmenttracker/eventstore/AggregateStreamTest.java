package org.commitmenttracker.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An aggregate is read whole in as few queries as its length needs: one for a short stream, and every event of a stream
 * at and around the batch size (issue #17: Axon's JDBC engine asked again until a range came back empty). The events
 * are written and read in one transaction that is rolled back, so that no processor ever sees them.
 */
class AggregateStreamTest extends IntegrationTest {

    private static final int BATCH = EventStoreConfig.EVENTS_PER_READ;

    @Autowired
    EventStorageEngine storage;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aShortStreamIsReadInOneQuery() {
        inRolledBackTransaction(() -> {
            String aggregate = append(3);
            long scansBefore = indexScansOfEvents();
            assertThat(storage.readEvents(aggregate).asStream().count()).isEqualTo(3);
            assertThat(indexScansOfEvents() - scansBefore)
                    .as("queries of the event table to load three events")
                    .isEqualTo(1);
        });
    }

    @Test
    void streamsAtAndAroundTheBatchSizeAreReadWhole() {
        inRolledBackTransaction(() -> {
            for (int length : new int[] {BATCH - 1, BATCH, BATCH + 1, 2 * BATCH + 1}) {
                String aggregate = append(length);
                assertThat(storage.readEvents(aggregate).asStream().count())
                        .as("events read of a stream of " + length)
                        .isEqualTo(length);
            }
        });
    }

    private void inRolledBackTransaction(Runnable work) {
        transaction.executeWithoutResult(status -> {
            work.run();
            status.setRollbackOnly();
        });
    }

    /** Appends through the table's triggers (hash chain), as Axon would; the payload is never deserialised here. */
    private String append(int count) {
        String aggregate = "stream-test-" + UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT gen_random_uuid()::text, :aggregate, n, 'StreamTest', '2026-11-30T09:00:00Z',
                            'test.Noted', NULL, convert_to('{"n": ' || n || '}', 'UTF8'), convert_to('{}', 'UTF8')
                        FROM generate_series(0, :count - 1) AS n ORDER BY n""").param("aggregate", aggregate).param("count", count).update();
        return aggregate;
    }

    /** This transaction's index scans of the event table so far (its own statistics, before they are reported). */
    private long indexScansOfEvents() {
        return jdbc.sql("SELECT idx_scan FROM pg_stat_xact_user_tables WHERE relname = 'domain_event_entry'")
                .query(Long.class)
                .single();
    }
}
