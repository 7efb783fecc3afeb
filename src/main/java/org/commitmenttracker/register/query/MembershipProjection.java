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
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.body.MembershipChange;
import org.commitmenttracker.register.body.MembershipChanged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Projects membership over time into rm_body_membership (V130): the initial members of a body as JOINED on its
 * registration date, then every change. db/R__body_membership.sql's body_members_at reads it.
 */
@Component
@ProcessingGroup(ProcessingGroups.DIRECTORY)
class MembershipProjection {

    private static final String INSERT = """
            INSERT INTO rm_body_membership (body, party, change, world_date, world_precision, note, source,
                recorded_at, recorded_by, sequence)
            VALUES (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?) ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionWrites writes;

    MembershipProjection(JdbcClient jdbc, ObjectMapper json, ProjectionWrites writes) {
        this.jdbc = jdbc;
        this.json = json;
        this.writes = writes;
    }

    @EventHandler
    void on(
            BodyRegistered e,
            @SequenceNumber long sequence,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        writes.write(ProcessingGroups.DIRECTORY, rows -> {
            for (String member : e.members()) {
                rows.insert(
                        INSERT,
                        e.code(),
                        member,
                        MembershipChange.JOINED.name(),
                        e.registeredOn() == null ? null : e.registeredOn().date(),
                        e.registeredOn() == null
                                ? null
                                : e.registeredOn().precision().name(),
                        null,
                        null,
                        at(recordedAt),
                        recordedBy,
                        sequence);
            }
        });
    }

    @EventHandler
    void on(
            MembershipChanged e,
            @SequenceNumber long sequence,
            @Timestamp Instant recordedAt,
            @MetaDataValue(RecorderMetadata.RECORDED_BY) String recordedBy) {
        writes.write(
                ProcessingGroups.DIRECTORY,
                rows -> rows.insert(
                        INSERT,
                        e.code(),
                        e.party(),
                        e.change().name(),
                        e.worldDate().date(),
                        e.worldDate().precision().name(),
                        e.note(),
                        json.writeValueAsString(e.source()),
                        at(recordedAt),
                        recordedBy,
                        sequence));
    }

    @ResetHandler
    void reset() {
        jdbc.sql("TRUNCATE rm_body_membership").update();
    }
}
