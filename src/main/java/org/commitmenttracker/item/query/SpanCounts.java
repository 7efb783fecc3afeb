package org.commitmenttracker.item.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The open items in scope at past axes, counted by one statement for {@link ItemSpanTally}: from the rectangles' steps
 * along one axis ({@link SpanSteps}), with how many each session holds for the oldest-open list's walk; or from one
 * pass over the open rectangles at the point, which also reads the candidates of the overdue and oldest-open lists
 * (their first {@link ItemSpanTally#MAX_TOP}). What the statement answers is read row by row, each part in its order.
 * One statement: a temporary table of the rows, counted and searched by five more statements, took 50 ms to fill at
 * full size, and its catalog rows made every commit wait for the log.
 */
final class SpanCounts {

    /**
     * The counts of a body's open items (null: every item) at the axes: from the steps along {@code axis}, or by the
     * pass when it is null.
     */
    static SpanCounts count(JdbcClient jdbc, TimeAxes axes, String body, SpanSteps.Axis axis) {
        Map<String, Object> p = ItemRows.withAxes(Map.of("top", ItemSpanTally.MAX_TOP), axes);
        String sql;
        if (axis != null) {
            if (body != null) {
                p.put("body", body);
            }
            sql = "WITH" + SpanSteps.groups(axis, body != null) + " SELECT u.d, u.grp, u.n, u.on_date, u.k FROM ("
                    + COUNTS + SpanSteps.SESSIONS + ") u ORDER BY " + PARTS_ORDER;
        } else {
            ItemConditions scope = ItemConditions.of(ItemCriteria.any().withBody(body), axes);
            p.putAll(scope.parameters());
            sql = "WITH " + TABLE + " AS MATERIALIZED (" + pass(scope) + ")," + READ;
        }
        SpanCounts counts = new SpanCounts(axis != null);
        jdbc.sql(sql).params(p).query(counts::row);
        return counts;
    }

    /**
     * The open rows at the point, one kind at a time, kind and openness written out: each is then an index-only scan of
     * its own partial index (V230), which carries every column read here (23 instead of 62 ms for 10,470 open decisions
     * at full size). So the kind is a literal, and overdue is tested on the due date (the rows are open), not read from
     * the row.
     */
    private static String pass(ItemConditions scope) {
        return Arrays.stream(ItemKind.values())
                .map(kind -> "SELECT x.item_id, '" + kind.name() + "' AS kind, x.status, x.themes, x.actor, x.binds,"
                        + " x.due_last_day, x.opened_on, x.body, x.session_date FROM item_span_listing(:asOf, :knownAt)"
                        + " x WHERE x.kind = '" + kind.name() + "' AND x.open AND " + scope.sql())
                .collect(Collectors.joining(" UNION ALL "));
    }

    /** The open rows, as the statement of {@link #count} names them. */
    private static final String TABLE = "item_span_open";

    /** item_listing's overdue, of an open row. */
    private static final String OVERDUE = "x.due_last_day < :asOf";

    /**
     * The counts by kind, status, theme and party (as ItemGrouping counts them: each theme as listed, each party once
     * per item) and of the overdue items, over the open items' groups g (kind, status, themes, actor, binds, their
     * number n and overdue number o): the themes are unnested per group, not per row, and the parties of each (actor,
     * binds) are resolved once (resolving a body's members once per item was most of their cost). A group may come in
     * several rows that only their sum counts (the steps' and their corrections'), so a key whose rows come to 0 is
     * left out. Columns (d, grp, n, on_date, k).
     */
    private static final String COUNTS = "SELECT 'KIND' AS d, NULL::text AS grp, sum(g.n) AS n, NULL::date AS on_date,"
            + " g.kind::text AS k FROM g GROUP BY 5 HAVING sum(g.n) <> 0"
            + " UNION ALL SELECT 'STATUS', NULL, sum(g.n), NULL, g.status::text FROM g GROUP BY 5 HAVING sum(g.n) <> 0"
            + " UNION ALL SELECT 'THEME', NULL, sum(g.n), NULL, t.theme FROM g"
            + " CROSS JOIN LATERAL unnest(g.themes) AS t(theme) GROUP BY 5 HAVING sum(g.n) <> 0"
            + " UNION ALL SELECT 'PARTY', NULL, sum(x.n), NULL, " + ItemGrouping.PARTY.expression + " FROM (SELECT"
            + " g.actor, g.binds, sum(g.n) AS n FROM g GROUP BY 1, 2) x" + ItemGrouping.PARTY.join + " GROUP BY 5"
            + " HAVING sum(x.n) <> 0"
            + " UNION ALL SELECT 'OVERDUE', NULL, coalesce(sum(g.o), 0), NULL, NULL FROM g";

    /**
     * Every part in its order, by the database in its collation: counts largest first, then by key, as ItemCounts
     * orders them; the lists' candidates in their order.
     */
    private static final String PARTS_ORDER = "u.d, u.grp, u.n DESC, u.on_date, u.k";

    /**
     * After the open rows: they fall into few groups of (kind, status, themes, actor, binds, body, whether with a
     * session), 72 for 35,820 open items at full size, which {@link #COUNTS} sums; then the overdue items in
     * {@link ItemTally#BY_DUE}'s order; then each body's earliest-opened items with a session known, and those without,
     * by opening date and id.
     */
    private static final String READ = " g AS MATERIALIZED (SELECT x.kind, x.status, x.themes, x.actor, x.binds,"
            + " x.body, x.session_date IS NOT NULL AS sessioned, count(*) AS n,"
            + " count(*) FILTER (WHERE " + OVERDUE + ") AS o FROM " + TABLE + " x GROUP BY 1, 2, 3, 4, 5, 6, 7)"
            + " SELECT u.d, u.grp, u.n, u.on_date, u.k FROM (" + COUNTS
            + " UNION ALL (SELECT 'DUE', NULL, NULL, x.due_last_day, x.item_id::text FROM " + TABLE + " x"
            + " WHERE " + OVERDUE + " ORDER BY " + ItemTally.BY_DUE.sql() + " LIMIT :top)"
            // Per body a top-N sort of its rows (the bodies are few): a window over all of them sorted every open
            // row, 48 against 20 ms for 35,820 open items at full size.
            // The bodies from the groups: a DISTINCT over the rows took as long as the sorts (9 ms at full size).
            + " UNION ALL SELECT 'OLDEST', b.body, NULL, o.opened_on, o.item_id::text FROM (SELECT DISTINCT g.body"
            + " FROM g WHERE g.sessioned) b CROSS JOIN LATERAL (SELECT x.item_id,"
            + " x.opened_on FROM " + TABLE + " x WHERE x.body = b.body AND x.session_date IS NOT NULL"
            + " ORDER BY x.opened_on, x.item_id LIMIT :top) o"
            + " UNION ALL (SELECT 'UNSESSIONED', NULL, NULL, x.opened_on, x.item_id::text FROM " + TABLE + " x"
            + " WHERE x.session_date IS NULL ORDER BY x.opened_on, x.item_id LIMIT :top)"
            + ") u ORDER BY " + PARTS_ORDER;

    /** Counted from the steps: the lists' candidates are walked for when asked, not read with the counts. */
    final boolean stepped;

    final Map<ItemGrouping, Map<String, Long>> by = new EnumMap<>(ItemGrouping.class);
    long overdueCount;
    final List<String> overdue = new ArrayList<>();
    final Map<String, List<String>> oldestByBody = new LinkedHashMap<>();
    final List<String> oldestWithoutSession = new ArrayList<>();
    /** With the steps: the open items in scope of each session at the point, and of none. */
    final Map<String, Long> sessions = new LinkedHashMap<>();

    long withoutSession;

    private SpanCounts(boolean stepped) {
        this.stepped = stepped;
        for (ItemGrouping grouping :
                List.of(ItemGrouping.KIND, ItemGrouping.STATUS, ItemGrouping.THEME, ItemGrouping.PARTY)) {
            by.put(grouping, new LinkedHashMap<>());
        }
    }

    void row(ResultSet rs) throws SQLException {
        String part = rs.getString("d");
        String key = rs.getString("k");
        switch (part) {
            case "OVERDUE" -> overdueCount = rs.getLong("n");
            case "DUE" -> overdue.add(key);
            case "OLDEST" ->
                oldestByBody
                        .computeIfAbsent(rs.getString("grp"), b -> new ArrayList<>())
                        .add(key);
            case "UNSESSIONED" -> oldestWithoutSession.add(key);
            case "SESSION" -> {
                String session = rs.getString("grp");
                if (session == null) {
                    withoutSession = rs.getLong("n");
                } else {
                    sessions.put(session, rs.getLong("n"));
                }
            }
            default -> by.get(ItemGrouping.valueOf(part)).put(key, rs.getLong("n"));
        }
    }

    /**
     * With the steps, the walks' candidates for a list of {@code top}: each body's first, and those without a session
     * known.
     */
    void walkOldest(JdbcClient jdbc, TimeAxes axes, String body, int top) {
        oldestByBody.clear();
        oldestWithoutSession.clear();
        for (SpanSteps.Oldest row : SpanSteps.oldest(jdbc, axes, body, top, sessions, withoutSession)) {
            if (row.body() == null) {
                oldestWithoutSession.add(row.itemId());
            } else {
                oldestByBody.computeIfAbsent(row.body(), b -> new ArrayList<>()).add(row.itemId());
            }
        }
    }
}
