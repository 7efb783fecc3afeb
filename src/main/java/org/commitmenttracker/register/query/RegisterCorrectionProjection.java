package org.commitmenttracker.register.query;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.register.body.BodyCorrected;
import org.commitmenttracker.register.party.PartyCorrected;
import org.commitmenttracker.register.session.SessionCorrected;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects corrections of sessions, parties and bodies (V135) as rows of their own; the register_* functions lay them
 * over the first records when a read asks. Keyed by the event's sequence number, so replays write nothing new.
 */
@Component
@ProcessingGroup(ProcessingGroups.DIRECTORY)
class RegisterCorrectionProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionWrites writes;

    RegisterCorrectionProjection(JdbcClient jdbc, ObjectMapper json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    @EventHandler
    void on(
            SessionCorrected e,
            @SequenceNumber long version,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        Object value =
                switch (e.field()) {
                    case PARTICIPANTS -> e.participants();
                    // Stored as {"date", "precision"}, the shape rm_session's two columns are read back from.
                    case WORLD_DATE -> WorldDate.parse(e.value());
                    default -> e.value();
                };
        write(
                "SESSION",
                e.sessionId(),
                version,
                e.field().name(),
                value,
                e.reason(),
                e.source(),
                recordedAt,
                recordedBy);
    }

    @EventHandler
    void on(
            PartyCorrected e,
            @SequenceNumber long version,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        write("PARTY", e.code(), version, e.field().name(), e.value(), e.reason(), e.source(), recordedAt, recordedBy);
    }

    @EventHandler
    void on(
            BodyCorrected e,
            @SequenceNumber long version,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        write("BODY", e.code(), version, e.field().name(), e.value(), e.reason(), e.source(), recordedAt, recordedBy);
    }

    private void write(
            String entity,
            String key,
            long version,
            String field,
            Object value,
            String reason,
            Source source,
            Instant recordedAt,
            String recordedBy) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        """
                        INSERT INTO rm_register_correction (entity, entity_key, version, field, value, reason, source,
                            recorded_at, recorded_by)
                        VALUES (?, ?, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?) ON CONFLICT DO NOTHING""",
                        entity,
                        key,
                        version,
                        field,
                        json.writeValueAsString(value),
                        reason,
                        json.writeValueAsString(source),
                        at(recordedAt),
                        recordedBy));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_register_correction").update();
    }
}
