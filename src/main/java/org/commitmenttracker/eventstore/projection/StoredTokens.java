package org.commitmenttracker.eventstore.projection;

import java.util.List;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every segment's token of a processor as committed in token_entry, whichever node owns it. The committed token is what
 * the read models hold (rows and token commit together); a node's own in-memory status would only show the segments it
 * has claimed.
 */
@Component
class StoredTokens {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    StoredTokens(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    List<Segment> of(String processor) {
        return jdbc.sql(
                        "SELECT segment, owner, token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment")
                .param(processor)
                .query((rs, row) -> new Segment(
                        rs.getInt("segment"),
                        rs.getString("owner"),
                        token(rs.getBytes("token"), rs.getString("token_type"))))
                .list();
    }

    private TrackingToken token(byte[] bytes, String type) {
        if (bytes == null || type == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(bytes, byte[].class, type, null));
    }

    /**
     * One segment: who claims it now (null when free) and the token its read-model rows are at (null before the first
     * event).
     */
    record Segment(int id, String owner, TrackingToken token) {}
}
