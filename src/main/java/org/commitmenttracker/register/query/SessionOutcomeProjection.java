package org.commitmenttracker.register.query;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionWrites;
import org.commitmenttracker.register.session.SessionOutcomeCounted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/** Projects outcome counts (V113), one row per event keyed by the session's version, so replays write nothing new. */
@Component
@ProcessingGroup(ProcessingGroups.DIRECTORY)
class SessionOutcomeProjection {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionWrites writes;

    SessionOutcomeProjection(JdbcClient jdbc, ObjectMapper json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    @EventHandler
    void on(SessionOutcomeCounted e, @SequenceNumber long version, @Timestamp Instant recordedAt) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        """
                        INSERT INTO rm_session_outcome (session_id, version, outcome, count, note, source, recorded_at)
                        VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT DO NOTHING""",
                        e.sessionId(),
                        version,
                        e.outcome().name(),
                        e.count(),
                        e.note(),
                        json.writeValueAsString(e.source()),
                        at(recordedAt)));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_session_outcome").update();
    }
}
