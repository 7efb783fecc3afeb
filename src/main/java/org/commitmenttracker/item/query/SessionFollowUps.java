package org.commitmenttracker.item.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Follow-ups raised at sessions, known at knownAt and dated on or before asOf. */
@Component
public class SessionFollowUps {

    /** One follow-up of an earlier item, raised at a session; {@code summaryRu} is for Russian pages. */
    public record FollowUp(
            String itemId,
            long version,
            String raisedBy,
            String person,
            String stance,
            String note,
            String summaryRu,
            WorldDate worldDate,
            String personRu) {}

    private final JdbcClient jdbc;

    SessionFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of follow-ups, and how many there are in all. */
    public record Page(List<FollowUp> followUps, long total) {}

    /**
     * One page of the follow-ups raised at a session, in date and item order, with their total: of items that exist at
     * the axes (opened by asOf, as known at knownAt, as item_state has it). A session at 100,000 items raised 2,475
     * earlier items, all returned at once, and the view's other lists page too (issue #17).
     *
     * <p>The matches are paged and counted by their keys alone, from the session's covering index (db/V241), and only
     * the page's rows are read whole: counting over whole rows sorted all 2,475 of them, about 600 bytes each, and the
     * planner sent that to a parallel worker whose start cost more than the sort.
     */
    public Page at(String sessionId, TimeAxes axes, int limit, long offset) {
        Map<String, Object> parameters = parameters(sessionId, axes);
        long[] total = {0};
        List<FollowUp> rows = jdbc.sql("WITH matches AS (" + RAISED + "), page AS (SELECT m.*, count(*) OVER () AS"
                        + " total_rows FROM matches m ORDER BY m.world_date, m.item_id, m.version"
                        + " LIMIT :limit OFFSET :offset)"
                        + " SELECT f.*, page.total_rows FROM page JOIN rm_item_follow_up f USING (item_id, version)"
                        + " ORDER BY page.world_date, page.item_id, page.version")
                .params(parameters)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total_rows");
                    return read(rs);
                })
                .list();
        if (rows.isEmpty() && offset > 0) {
            total[0] = jdbc.sql("SELECT count(*) FROM (" + RAISED + ") m")
                    .params(parameters)
                    .query(Long.class)
                    .single();
        }
        return new Page(rows, total[0]);
    }

    /**
     * The keys of the follow-ups raised at :session, known at :knownAt, of items that exist at the axes. The item's
     * opening is looked up only for a follow-up dated before one of its datings (after_opening, db/V275): the others'
     * items are there whenever the follow-up counts, and the probe for each of a session's 2,475 follow-ups was most of
     * this list's time (issue #17). The flag first, so that the probe runs only where it is false.
     */
    private static final String RAISED = """
            SELECT f.item_id, f.version, f.world_date FROM rm_item_follow_up f
            WHERE f.session_id = :session AND f.recorded_at <= :knownAt AND f.world_date <= :asOf
              AND (f.after_opening OR EXISTS (SELECT 1 FROM rm_item_status o
                          WHERE o.item_id = f.item_id AND o.version = 0 AND o.world_date <= :asOf
                            AND o.known_from <= :knownAt AND (o.known_until IS NULL OR o.known_until > :knownAt)))""";

    private static Map<String, Object> parameters(String sessionId, TimeAxes axes) {
        return Map.of("session", sessionId, "knownAt", axes.knownAtParameter(), "asOf", axes.asOf());
    }

    private static FollowUp read(ResultSet rs) throws SQLException {
        return new FollowUp(
                rs.getString("item_id"),
                rs.getLong("version"),
                rs.getString("raised_by"),
                rs.getString("person"),
                rs.getString("stance"),
                rs.getString("note"),
                rs.getString("summary_ru"),
                new WorldDate(
                        rs.getObject("world_date", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("world_precision"))),
                rs.getString("person_ru"));
    }

    private static final String COUNTED =
            " FROM rm_item_follow_up f WHERE f.recorded_at <= :knownAt AND f.world_date <= :asOf";

    /**
     * The count of {@link #counts}, as a sub-select to which a condition on {@code f.session_id} is appended, for a
     * statement that reads the session too: {@code :knownAt} and {@code :asOf} are the axes.
     */
    public static final String COUNT = "SELECT count(*)" + COUNTED;

    /** How many follow-ups each of these sessions raised; a session with none is absent. */
    public Map<String, Long> counts(Collection<String> sessionIds, TimeAxes axes) {
        Map<String, Long> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT f.session_id, count(*) AS n" + COUNTED
                        + " AND f.session_id = ANY(CAST(:sessions AS varchar[])) GROUP BY f.session_id")
                .param("sessions", sessionIds.stream().distinct().toArray(String[]::new))
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query(rs -> {
                    counts.put(rs.getString("session_id"), rs.getLong("n"));
                });
        return counts;
    }
}
