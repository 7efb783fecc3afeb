package org.commitmenttracker.register.query;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.register.session.SessionTitles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Projects sessions, parties and bodies (V11); inserts tolerate replays. */
@Component
@ProcessingGroup(ProcessingGroups.DIRECTORY)
class DirectoryProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionWrites writes;

    DirectoryProjection(JdbcClient jdbc, ObjectMapper json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    @EventHandler
    void on(
            SessionHeld e,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        """
                        INSERT INTO rm_session (session_id, body, title, world_date, world_precision, place, kind, format,
                            chair, participants, handover, source, recorded_at, recorded_by, place_ru)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        e.sessionId(),
                        e.body(),
                        // Sessions recorded through the API before titles were generated carry none.
                        SessionTitles.orGenerated(e.title(), e.body(), e.kind(), e.place(), e.worldDate()),
                        e.worldDate().date(),
                        e.worldDate().precision().name(),
                        e.place(),
                        e.kind().name(),
                        e.format().name(),
                        e.chair(),
                        json.writeValueAsString(e.participants()),
                        e.handover() == null ? null : json.writeValueAsString(e.handover()),
                        json.writeValueAsString(e.source()),
                        at(recordedAt),
                        recordedBy,
                        e.placeRu()));
    }

    @EventHandler
    void on(PartyRegistered e, @Timestamp Instant recordedAt) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        """
                        INSERT INTO rm_party (code, name, name_ru, kind, recorded_at)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", e.code(), e.name(), e.nameRu(), e.kind().name(), at(recordedAt)));
    }

    @EventHandler
    void on(BodyRegistered e, @Timestamp Instant recordedAt) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        """
                        INSERT INTO rm_body (code, name, name_ru, organisation, members, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                        e.code(),
                        e.name(),
                        e.nameRu(),
                        e.organisation(),
                        e.members().toArray(String[]::new),
                        at(recordedAt)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_session, rm_party, rm_body").update();
    }
}
