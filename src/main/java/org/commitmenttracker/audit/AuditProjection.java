package org.commitmenttracker.audit;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.eventstore.StoredEventSql;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.item.narrative.Narrative;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes one audit row per stored event, at the event's own global index as the store holds it.
 *
 * <p>The index is read from the store inside the insert, never taken from the tracking token: a token's position is the
 * highest index seen so far, so an event that committed after a later one (filling a gap) would get that later event's
 * index, collide with its row and be lost. Read from the store by the event's identifier, the index is the event's own,
 * so a conflict on it is a replay of the same event, and is left alone (db/V270); an event the store does not hold has
 * no index, fails the insert and goes to the dead-letter queue instead of vanishing.
 */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
class AuditProjection {

    private static final String INSERT_ROW = """
            INSERT INTO rm_audit_event (global_index, event_id, aggregate_type, aggregate_id, version,
                event_type, recorded_at, recorded_by, world_date, item_id, session_id, summary, payload)
            VALUES (%s, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            ON CONFLICT (global_index) DO NOTHING""".formatted(StoredEventSql.GLOBAL_INDEX_OF_EVENT);

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionWrites writes;

    AuditProjection(JdbcClient jdbc, ObjectMapper json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message) {
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        AuditSubject subject = AuditSubject.of(payload);
        writes.write(
                ProcessingGroups.AUDIT,
                rows -> rows.insert(
                        INSERT_ROW,
                        message.getIdentifier(),
                        message.getIdentifier(),
                        domain == null ? null : domain.getType(),
                        domain == null ? null : domain.getAggregateIdentifier(),
                        domain == null ? null : domain.getSequenceNumber(),
                        payload.getClass().getSimpleName(),
                        at(message.getTimestamp()),
                        message.getMetaData().get(RecorderMetadata.RECORDED_BY),
                        subject.worldDate(),
                        subject.itemId(),
                        subject.sessionId(),
                        Narrative.describe(payload),
                        json.writeValueAsString(payload)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_audit_event").update();
    }
}
