package org.commitmenttracker.eventstore.projection;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Retries dead-lettered events once their cause is fixed. Axon keeps a failed event, and every later event of the same
 * aggregate, in the queue until a retry succeeds; nothing is skipped.
 */
@Component
class DeadLetters {

    /** Bounds one retry request; a sequence that fails again simply stays queued. */
    private static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    DeadLetters(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    /** What is parked, oldest first: which processor, which aggregate's events, and why. */
    List<Parked> list() {
        return jdbc.sql("""
                        SELECT processing_group, aggregate_identifier, sequence_number, sequence_index, payload_type,
                               cause_type, cause_message, enqueued_at, last_touched
                        FROM dead_letter_entry ORDER BY processing_group, sequence_identifier, sequence_index LIMIT 1000""")
                .query((rs, row) -> new Parked(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getString(5).substring(rs.getString(5).lastIndexOf('.') + 1),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
    }

    /** One dead-lettered event; the cause is the handler's exception type and message. */
    record Parked(
            String processor,
            String aggregateId,
            long aggregateVersion,
            long positionInQueue,
            String eventType,
            String causeType,
            String causeMessage,
            String enqueuedAt,
            String lastTried) {}

    Map<String, Integer> retryAll() {
        Map<String, Integer> retried = new LinkedHashMap<>();
        for (String group : ProcessingGroups.SHARED_OUT) {
            int sequences = processing
                    .sequencedDeadLetterProcessor(group)
                    .map(processor -> {
                        int done = 0;
                        while (done < MAX_SEQUENCES_PER_RETRY && processor.processAny()) {
                            done++;
                        }
                        return done;
                    })
                    .orElse(0);
            retried.put(group, sequences);
        }
        return retried;
    }
}
