package org.commitmenttracker.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

@Component
public class AuditQueries {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ProjectionStatus projections;

    AuditQueries(JdbcClient jdbc, ObjectMapper json, ProjectionStatus projections) {
        this.jdbc = jdbc;
        this.json = json;
        this.projections = projections;
    }

    /**
     * The global index through which the audit log holds every event, including any that commits or is projected later:
     * a "seen up to here" marker set to it never skips a late fact, as a recording instant would.
     */
    public long completeThrough() {
        return projections.completeThrough(ProcessingGroups.AUDIT);
    }

    /**
     * The events about any of these items or aggregates with a global index above {@code after}, newest first. Empty
     * collections match nothing.
     */
    public List<AuditEntry> touchingAfter(
            Collection<String> itemIds, Collection<String> aggregateIds, long after, int limit) {
        if (itemIds.isEmpty() && aggregateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM rm_audit_event
                        WHERE (item_id = ANY(:items) OR aggregate_id = ANY(:aggregates))
                          AND global_index > :after
                        ORDER BY global_index DESC LIMIT :limit""")
                .param("items", itemIds.toArray(String[]::new))
                .param("aggregates", aggregateIds.toArray(String[]::new))
                .param("after", after)
                .param("limit", limit)
                .query(this::entry)
                .list();
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
                .query(this::entry)
                .list();
        return new AuditPage(events, filter.page(), filter.size(), total);
    }

    /**
     * The events about any of these items or aggregates recorded after an instant, newest first: what a watchlist
     * shows. Empty collections match nothing.
     */
    public List<AuditEntry> touching(
            Collection<String> itemIds, Collection<String> aggregateIds, Instant recordedAfter, int limit) {
        if (itemIds.isEmpty() && aggregateIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT * FROM rm_audit_event
                        WHERE (item_id = ANY(:items) OR aggregate_id = ANY(:aggregates)) AND recorded_at > :after
                        ORDER BY global_index DESC LIMIT :limit""")
                .param("items", itemIds.toArray(String[]::new))
                .param("aggregates", aggregateIds.toArray(String[]::new))
                .param("after", recordedAfter.atOffset(ZoneOffset.UTC))
                .param("limit", limit)
                .query(this::entry)
                .list();
    }

    private AuditEntry entry(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new AuditEntry(
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
                json.readTree(rs.getString("payload")));
    }
}
