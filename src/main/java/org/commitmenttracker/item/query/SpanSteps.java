package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's open counts at past axes from the rectangles' steps (db/V284) instead of a pass over every open
 * rectangle at the point, and the candidates of its overdue and oldest-open lists from walks of two indexes of
 * rm_item_span that stop after a list's length; from the same steps over every item, open and closed, the scorecard's
 * party-by-status counts ({@link ScopeScores}) and the total of the list of every item ({@link EveryItemPage}). Which
 * steps answer a point is chosen by what each must correct: the steps along world dates count every item with no event
 * recorded after knownAt, which at a past date known now is nearly every item; those along recording instants count
 * every item with no event recorded in knownAt's hour before it and no status dated after asOf, which at a past instant
 * as of today is nearly every item. The items either leaves out are counted from their own rectangles
 * (item_span_groups_by_world and _by_known, db/R__item_functions_4b_spans.sql), so the answer is exact at any point;
 * when both would have to count many (both axes in the past), the pass over the open rectangles is cheaper and
 * {@link ItemSpanTally} keeps it.
 */
final class SpanSteps {

    /**
     * Above this many items to count from their own rectangles (events, and for the recording axis statuses dated after
     * asOf), the steps are not used: at about five rectangles an item, 2,000 such items cost about what the pass over
     * the 36,000 open rectangles at full size costs.
     */
    static final int MOST_CORRECTED = 2_000;

    /** The steps that answer a point: along world dates or along recording instants. */
    enum Axis {
        WORLD("item_span_groups_by_world"),
        KNOWN("item_span_groups_by_known");

        final String function;

        Axis(String function) {
            this.function = function;
        }
    }

    private SpanSteps() {}

    /** The axis whose steps leave fewest items to count from their rectangles at these axes, or null if both many. */
    static Axis cheapest(JdbcClient jdbc, TimeAxes axes) {
        Map<String, Object> row = jdbc.sql("""
                        SELECT (SELECT count(*) FROM (SELECT 1 FROM rm_item_event e
                                WHERE e.recorded_at > CAST(:knownAt AS timestamptz) LIMIT :most) w) AS world,
                               (SELECT count(*) FROM (SELECT 1 FROM rm_item_event e
                                WHERE e.recorded_at >= item_span_known_hour(CAST(:knownAt AS timestamptz))
                                  AND e.recorded_at <= CAST(:knownAt AS timestamptz) LIMIT :most) k)
                             + (SELECT count(*) FROM (SELECT 1 FROM rm_item_status s
                                WHERE s.world_date > CAST(:asOf AS date) LIMIT :most) d) AS known""")
                .params(ItemRows.withAxes(Map.of("most", MOST_CORRECTED), axes))
                .query()
                .singleRow();
        long world = ((Number) row.get("world")).longValue();
        long known = ((Number) row.get("known")).longValue();
        if (Math.min(world, known) >= MOST_CORRECTED) {
            return null;
        }
        return world <= known ? Axis.WORLD : Axis.KNOWN;
    }

    /**
     * The open items' groups at the point (alias g, as {@link SpanCounts} reads them), with each item's body as
     * item_span_listing resolves it (its session's if that is registered by knownAt, else its actor if a body) and
     * whether a session is known, and, for the walks, the session. Scoped to :body when {@code scoped}. A group may
     * come in several rows (the steps' and their corrections'), which the counts sum: grouping the rows here first, on
     * their arrays, took a fifth of the statement.
     */
    static String groups(Axis axis, boolean scoped) {
        return " g AS MATERIALIZED (SELECT r.kind, r.status, r.themes, r.actor, r.binds, r.session_id,"
                + " coalesce(s.body, b.code) AS body, s.session_id IS NOT NULL AS sessioned, r.n,"
                + " CASE WHEN r.due_last_day < CAST(:asOf AS date) THEN r.n ELSE 0 END AS o"
                + " FROM " + axis.function + "(CAST(:asOf AS date), CAST(:knownAt AS timestamptz)) r"
                + " LEFT JOIN rm_session s ON s.session_id = r.session_id AND s.recorded_at <= :knownAt"
                + " LEFT JOIN rm_body b ON b.code = r.actor"
                + " WHERE r.open" + (scoped ? " AND coalesce(s.body, b.code) = :body" : "") + ")";
    }

    /**
     * Every item's groups at the point, open and closed, summed by actor, binds and status: rows of (actor, binds,
     * status, n), parenthesised, for the scorecard's party-by-status counts. Summed here, so that a body's members are
     * resolved once per (actor, binds) and status, not once per group row. A key's rows may come to 0 (the steps' and
     * their corrections'), which the reader leaves out.
     */
    static String statusGroups(Axis axis) {
        return "(SELECT r.actor, r.binds, r.status, sum(r.n) AS n FROM " + axis.function
                + "(CAST(:asOf AS date), CAST(:knownAt AS timestamptz)) r GROUP BY 1, 2, 3)";
    }

    /** How many items the point holds, open and closed: every group's rows summed. */
    static long total(JdbcClient jdbc, TimeAxes axes, Axis axis) {
        return jdbc.sql("SELECT CAST(coalesce(sum(r.n), 0) AS bigint) FROM " + axis.function
                        + "(CAST(:asOf AS date), CAST(:knownAt AS timestamptz)) r")
                .params(ItemRows.withAxes(Map.of(), axes))
                .query(Long.class)
                .single();
    }

    /** How many open items in scope each session holds at the point ({@code grp}: the session, NULL for none). */
    static final String SESSIONS = " UNION ALL SELECT 'SESSION', g.session_id, sum(g.n), NULL, NULL FROM g"
            + " GROUP BY g.session_id HAVING sum(g.n) <> 0";

    /** The condition that an open rectangle (alias x) holds its item at the point. */
    private static final String AT_POINT =
            "x.known @> CAST(:knownAt AS timestamptz) AND x.world @> CAST(:asOf AS date)";

    /** The item's body at the point is :body, as item_span_listing resolves it. */
    private static final String IN_BODY = " AND coalesce((SELECT s.body FROM rm_session s WHERE s.session_id ="
            + " x.session_id AND s.recorded_at <= :knownAt), (SELECT b.code FROM rm_body b WHERE b.code = x.actor))"
            + " = :body";

    /**
     * The first {@code top} overdue items at the point in {@link ItemTally#BY_DUE}'s order: open rectangles walked in
     * due order (db/V284) until that many contain the point. An item has at most one rectangle at a point.
     */
    static List<String> overdue(JdbcClient jdbc, TimeAxes axes, String body, int top) {
        Map<String, Object> p = ItemRows.withAxes(Map.of("top", top), axes);
        if (body != null) {
            p.put("body", body);
        }
        return jdbc.sql("SELECT x.item_id FROM rm_item_span x WHERE x.open AND x.due_last_day < CAST(:asOf AS date)"
                        + " AND " + AT_POINT + (body == null ? "" : IN_BODY)
                        + " ORDER BY x.due_last_day, x.item_id LIMIT :top")
                .params(p)
                .query(String.class)
                .list();
    }

    /** Candidates for the oldest-open list: by body (null: without a session known), earliest opened first. */
    record Oldest(String body, String itemId) {}

    /**
     * Each session's first {@code top} open items at the point by opening date and id, walked per session (db/V284) and
     * stopping after as many as the counts found there (fewer when it holds fewer), and as many without a session; with
     * the body their session gives, or none when it is not registered by knownAt. Within a body the sessions elapsed
     * only fall as the opening date rises, so its first {@code top} of these are its candidates. {@code sessions} holds
     * the open items in scope of each session at the point, a null key for those without one.
     */
    static List<Oldest> oldest(
            JdbcClient jdbc, TimeAxes axes, String body, int top, Map<String, Long> sessions, long withoutSession) {
        Map<String, Object> p = ItemRows.withAxes(Map.of("top", top), axes);
        p.put("sessions", sessions.keySet().toArray(String[]::new));
        p.put(
                "limits",
                sessions.values().stream()
                        .mapToInt(n -> (int) Math.min(n, top))
                        .boxed()
                        .toArray(Integer[]::new));
        p.put("none", (int) Math.min(withoutSession, top));
        // An item of an unregistered session is in scope only as its actor's: the counts were taken over those alone.
        String unregistered = body == null ? "" : " AND (os.session_id IS NOT NULL OR x.actor = :body)";
        if (body != null) {
            p.put("body", body);
        }
        List<Oldest> rows = new ArrayList<>();
        jdbc.sql("SELECT os.body, o.item_id, o.opened_on FROM unnest(CAST(:sessions AS varchar[]),"
                        + " CAST(:limits AS int[])) AS s(session_id, n)"
                        + " LEFT JOIN rm_session os ON os.session_id = s.session_id AND os.recorded_at <= :knownAt"
                        + " CROSS JOIN LATERAL (SELECT x.item_id, x.opened_on FROM rm_item_span x"
                        + " WHERE x.open AND x.session_id = s.session_id AND x.opened_on <= CAST(:asOf AS date) AND "
                        + AT_POINT + unregistered + " ORDER BY x.opened_on, x.item_id LIMIT s.n) o"
                        + " UNION ALL (SELECT NULL, x.item_id, x.opened_on FROM rm_item_span x"
                        + " WHERE x.open AND x.session_id IS NULL AND x.opened_on <= CAST(:asOf AS date) AND "
                        + AT_POINT + (body == null ? "" : " AND x.actor = :body")
                        + " ORDER BY x.opened_on, x.item_id LIMIT :none)"
                        + " ORDER BY 1, 3, 2")
                .params(p)
                .query(rs -> {
                    rows.add(new Oldest(rs.getString("body"), rs.getString("item_id")));
                });
        return rows;
    }
}
