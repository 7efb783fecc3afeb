package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Outcome counts of sessions as known at an instant (the latest count of each outcome), for sessions held by the as-of
 * date. Which items count as named for an outcome: PRESENTED, the session's decisions and proposals; ADOPTED, its
 * decisions and its proposals adopted by then; SIGNED, its decisions; WITHDRAWN and RETURNED_FOR_REVISION, its
 * proposals (drafts) in that status by then; the others name none.
 */
@Component
public class SessionOutcomes {

    private static final String SELECT = """
            WITH o AS (
                SELECT DISTINCT ON (session_id, outcome) * FROM rm_session_outcome
                WHERE recorded_at <= :knownAt
                ORDER BY session_id, outcome, version DESC)
            SELECT s.session_id, s.title, s.world_date, s.body, o.outcome, o.count, o.note, o.source, o.recorded_at,
                   (SELECT count(*) FROM item_state(:asOf, :knownAt) x
                    WHERE x.session_id = s.session_id AND CASE o.outcome
                        WHEN 'PRESENTED' THEN x.kind IN ('DECISION', 'PROPOSAL')
                        WHEN 'ADOPTED' THEN x.kind = 'DECISION' OR (x.kind = 'PROPOSAL' AND x.status = 'ADOPTED')
                        WHEN 'SIGNED' THEN x.kind = 'DECISION'
                        WHEN 'WITHDRAWN' THEN x.kind = 'PROPOSAL' AND x.status = 'WITHDRAWN'
                        WHEN 'RETURNED_FOR_REVISION' THEN x.kind = 'PROPOSAL' AND x.status = 'RETURNED_FOR_REVISION'
                        ELSE false END) AS named
            FROM o JOIN register_sessions(:knownAt, :asOf) s ON s.session_id = o.session_id
            WHERE s.world_date <= :asOf
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    SessionOutcomes(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<OutcomeCount> forSession(String sessionId, TimeAxes axes) {
        return select(" AND s.session_id = :id ORDER BY o.outcome", Map.of("id", sessionId), axes);
    }

    /** Every session's counts, latest session first; all bodies when {@code body} is null. */
    public List<OutcomeCount> forBody(String body, TimeAxes axes) {
        return forBody(body, Integer.MAX_VALUE, axes);
    }

    /**
     * The latest {@code limit} counts: the dashboard shows 30, and counting the named items of every session in the
     * register only to drop the rest cost a pass over item_state per session (issue #17).
     */
    public List<OutcomeCount> forBody(String body, int limit, TimeAxes axes) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("body", body);
        parameters.put("limit", limit);
        return select(
                " AND (CAST(:body AS varchar) IS NULL OR s.body = :body) ORDER BY s.world_date DESC, s.session_id,"
                        + " o.outcome LIMIT :limit",
                parameters,
                axes);
    }

    private List<OutcomeCount> select(String condition, Map<String, Object> parameters, TimeAxes axes) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("asOf", axes.asOf());
        all.put("knownAt", axes.knownAtParameter());
        return jdbc.sql(SELECT + condition)
                .params(all)
                .query((rs, n) -> {
                    int count = rs.getInt("count");
                    long named = rs.getLong("named");
                    return new OutcomeCount(
                            rs.getString("session_id"),
                            rs.getString("title"),
                            rs.getObject("world_date", LocalDate.class),
                            rs.getString("body"),
                            rs.getString("outcome"),
                            count,
                            named,
                            Math.max(0, count - named),
                            rs.getString("note"),
                            json.readTree(rs.getString("source")),
                            Optional.ofNullable(rs.getObject("recorded_at", OffsetDateTime.class))
                                    .map(OffsetDateTime::toInstant)
                                    .orElse(null));
                })
                .list();
    }
}
