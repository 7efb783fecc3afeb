package org.commitmenttracker.audit;

import static org.commitmenttracker.projection.ProjectionWrites.at;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.commitmenttracker.narrative.Narrative;
import org.commitmenttracker.platform.RecorderMetadata;
import org.commitmenttracker.projection.ProcessingGroups;
import org.commitmenttracker.projection.ProjectionWrites;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Writes one audit row per stored event, keyed by its global index so a replay rewrites the same row. */
@Component
@ProcessingGroup(ProcessingGroups.AUDIT)
class AuditProjection {

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
        long globalIndex = globalIndex(message);
        writes.write(ProcessingGroups.AUDIT, rows -> rows.insert("""
                        INSERT INTO rm_audit_event (global_index, event_id, aggregate_type, aggregate_id, version,
                            event_type, recorded_at, recorded_by, world_date, item_id, session_id, summary, payload)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT DO NOTHING""",
                globalIndex, message.getIdentifier(),
                domain == null ? null : domain.getType(), domain == null ? null : domain.getAggregateIdentifier(),
                domain == null ? null : domain.getSequenceNumber(), payload.getClass().getSimpleName(),
                at(message.getTimestamp()), message.getMetaData().get(RecorderMetadata.RECORDED_BY),
                subject.worldDate(), subject.itemId(), subject.sessionId(), Narrative.describe(payload),
                json.writeValueAsString(payload)));
    }

    /**
     * The event's place in the store: its token position when streamed, otherwise (a dead letter
     * being retried may come without one) looked up by its identifier.
     */
    private long globalIndex(EventMessage<?> message) {
        if (message instanceof TrackedEventMessage<?> tracked && tracked.trackingToken() != null
                && tracked.trackingToken().position().isPresent()) {
            return tracked.trackingToken().position().getAsLong();
        }
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(message.getIdentifier()).query(Long.class).single();
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_audit_event").update();
    }
}
