package org.commitmenttracker.support;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads events back from the event table, as raw JSON, to check what was really stored. */
public final class StoredEvents {

    private StoredEvents() {}

    public static List<Stored> of(JdbcClient jdbc, String aggregateId) {
        return jdbc.sql("""
                        SELECT sequence_number, payload_type, payload, meta_data FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(aggregateId)
                .query((rs, row) -> new Stored(
                        rs.getLong(1),
                        rs.getString(2).replaceAll(".*\\.", ""),
                        new String(rs.getBytes(3), StandardCharsets.UTF_8),
                        new String(rs.getBytes(4), StandardCharsets.UTF_8)))
                .list();
    }

    public record Stored(long sequence, String type, String payload, String metadata) {}
}
