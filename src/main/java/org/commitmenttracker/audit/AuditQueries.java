package org.commitmenttracker.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

@Component
public class AuditQueries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    AuditQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public AuditPage page(AuditFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        String condition = filter.condition(parameters);
        long total = jdbc.sql("SELECT count(*) FROM rm_audit_event WHERE " + condition)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", filter.size());
        parameters.put("offset", (long) filter.page() * filter.size());
        List<AuditEntry> events = jdbc.sql("SELECT * FROM rm_audit_event WHERE " + condition + " ORDER BY global_index "
                        + filter.order().name() + " LIMIT :limit OFFSET :offset")
                .params(parameters)
                .query((rs, n) -> new AuditEntry(
                        rs.getLong("global_index"),
                        rs.getString("event_id"),
                        rs.getString("aggregate_type"),
                        rs.getString("aggregate_id"),
                        (Long) rs.getObject("version"),
                        rs.getString("event_type"),
                        rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getString("recorded_by"),
                        rs.getObject("world_date", LocalDate.class),
                        rs.getString("item_id"),
                        rs.getString("session_id"),
                        rs.getString("summary"),
                        json.readTree(rs.getString("payload"))))
                .list();
        return new AuditPage(events, filter.page(), filter.size(), total);
    }
}
