package org.commitmenttracker.item.query;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures at past axes without item_overview's aggregates for every item in scope (issue #17: 3.4 s at
 * 100,000 items, nearly all of it three aggregates per item). The open items are counted by one statement: from the
 * as-of rectangles' steps ({@link SpanSteps}, db/V284) when one axis's steps leave few items to count otherwise (a past
 * date known now, a past instant as of today), else by reading their rows once from the rectangles (item_span_listing,
 * db/V230). Each top list's candidates come from those rows, from walks of rm_item_span's indexes that stop after the
 * list's length, or from a walk of one index (the latest events; today's follow-up counts in rm_item_current, which
 * bound every past count), and include its true top rows; only the candidates then get their aggregates, from
 * item_span_overview, which also keeps those in scope and puts them in the list's order. So every answer is the one
 * {@link ItemSnapshot} gives over item_span_overview's rows of the whole scope. Lives inside one repeatable-read
 * transaction ({@link ItemQueries#past}), in which the rectangles were found fresh.
 */
public final class ItemSpanTally implements OpenFigures {

    /** The longest top list asked ({@link #overdue}, {@link #oldestOpen}): the pass reads their candidates at once. */
    public static final int MAX_TOP = 100;

    private static final ItemCriteria OPEN = ItemCriteria.any().withOpen(true);

    /**
     * How the open items are counted: {@link #CHEAPEST} chooses ({@link SpanSteps#cheapest}); the others are there so
     * that the tests can hold each one to the same answers at any point.
     */
    public enum Way {
        CHEAPEST,
        /** The steps along world dates, and the rectangles of the items with events recorded after knownAt. */
        WORLD_STEPS,
        /** The steps along recording instants, and the rectangles of the items they leave out. */
        KNOWN_STEPS,
        /** One pass over the open rectangles at the point. */
        PASS
    }

    private final JdbcClient jdbc;
    private final TimeAxes axes;
    private final String body;
    private final SpanCounts counted;
    private final ItemTally.OpenCounts counts;

    private ItemSpanTally(JdbcClient jdbc, TimeAxes axes, String body, SpanCounts counted) {
        this.jdbc = jdbc;
        this.axes = axes;
        this.body = body;
        this.counted = counted;
        this.counts = new ItemTally.OpenCounts(counted.by, counted.overdueCount);
    }

    /**
     * The open items of a body (null: every item) at the axes, or null while the rectangles are stale (a rebuild's
     * replay has not been followed by their recomputation, db/V220): then only item_overview can answer. One statement
     * counts the open items ({@link SpanCounts}), from the steps or from one pass over their rectangles; the pass also
     * finds the candidates of the overdue and oldest-open lists (their first {@link #MAX_TOP}, of which a shorter list
     * takes the first), which with the steps are walked for when asked, for the list's length.
     */
    static ItemSpanTally open(JdbcClient jdbc, TimeAxes axes, String body, Way way) {
        if (CurrentRows.stale(jdbc)) {
            return null;
        }
        // With both axes in the past either axis's steps leave many items to count from their rectangles: then the
        // pass.
        SpanSteps.Axis axis =
                switch (way) {
                    case CHEAPEST -> SpanSteps.cheapest(jdbc, axes);
                    case WORLD_STEPS -> SpanSteps.Axis.WORLD;
                    case KNOWN_STEPS -> SpanSteps.Axis.KNOWN;
                    case PASS -> null;
                };
        return new ItemSpanTally(jdbc, axes, body, SpanCounts.count(jdbc, axes, body, axis));
    }

    @Override
    public ItemTally.OpenCounts counts() {
        return counts;
    }

    /** The order uses no aggregate, so the candidates are the list itself. */
    @Override
    public List<ItemRow> overdue(int top) {
        List<String> candidates =
                counted.stepped ? SpanSteps.overdue(jdbc, axes, body, top) : first(counted.overdue, top);
        return exact(OPEN.withOverdue(true), ItemTally.BY_DUE, top, candidates);
    }

    /**
     * Within one body the sessions elapsed only fall as the opening date rises, so each body's earliest-opened items
     * are its candidates; items without a session known then (no count) come last and are looked for only when the
     * others are fewer than asked (as {@link ItemTally#oldestOpen}).
     */
    @Override
    public List<ItemRow> oldestOpen(int top) {
        if (counted.stepped) {
            counted.walkOldest(jdbc, axes, body, top);
        }
        Set<String> ids = new LinkedHashSet<>();
        counted.oldestByBody.values().forEach(list -> ids.addAll(first(list, top)));
        if (ids.size() < top) {
            ids.addAll(first(counted.oldestWithoutSession, top));
        }
        return exact(OPEN, ItemTally.OLDEST, top, ids);
    }

    /** The first {@code top} of a list of candidates read for {@link #MAX_TOP}. */
    private static List<String> first(List<String> candidates, int top) {
        if (top > MAX_TOP) {
            throw new IllegalArgumentException("at most " + MAX_TOP + " rows per list, not " + top);
        }
        return candidates.subList(0, Math.min(top, candidates.size()));
    }

    /**
     * The first {@code n} items of every item by follow-ups within both bounds, in the list's order, with whether there
     * are no more. Follow-up rows are only ever added (ItemTables), so an item's count at the point is at most its
     * count in rm_item_current (kept in the same transactions as the rows, and not read while stale), and is that
     * count, with the same latest date, when its latest follow-up is dated on or before asOf and was recorded by
     * knownAt (db/V256): those items are walked in the list's order from the current-state table's index until
     * {@code n} are found. Any other item has at least one follow-up less at the point than today; unless its count
     * today exceeds the n-th found's, it cannot come before them, so only those are counted as well. With fewer than
     * {@code n} such items every item's follow-ups are counted, as before: 233,626 index entries and 49,000 groups at
     * full size, where the walk reads a few thousand index entries.
     */
    private Candidates followedUp(int n) {
        Map<String, Object> p = ItemRows.withAxes(Map.of(), axes);
        p.put("top", n);
        boolean[] bounded = {false};
        List<String> ids = jdbc.sql(BOUNDED_FOLLOW_UPS)
                .params(p)
                .query((rs, row) -> {
                    bounded[0] = rs.getBoolean("bounded");
                    return rs.getString("item_id");
                })
                .list();
        if (bounded[0]) {
            return new Candidates(ids, false);
        }
        List<String> all = ids(ALL_FOLLOW_UPS, n);
        return new Candidates(all, all.size() < n);
    }

    /** Every item's follow-ups within both bounds, counted. */
    private static final String ALL_FOLLOW_UPS = "SELECT f.item_id FROM rm_item_follow_up f"
            + " WHERE f.recorded_at <= :knownAt AND f.world_date <= :asOf GROUP BY f.item_id"
            + " ORDER BY count(*) DESC, max(f.world_date) DESC, f.item_id LIMIT :top";

    /**
     * {@link #followedUp}'s walk: no rows, or none with {@code bounded}, when fewer than {@code top} items have all
     * their follow-ups within both bounds. The order is {@link ItemTally#MOST_FOLLOWED_UP}'s, as the index's.
     */
    private static final String BOUNDED_FOLLOW_UPS = """
            WITH settled AS MATERIALIZED (
                SELECT c.item_id, c.follow_ups FROM rm_item_current c
                WHERE c.follow_ups > 0 AND c.last_follow_up_on <= :asOf AND c.last_follow_up_known_at <= :knownAt
                ORDER BY c.follow_ups DESC, c.last_follow_up_on DESC NULLS LAST, c.item_id LIMIT :top),
            floor AS MATERIALIZED (
                SELECT min(s.follow_ups) AS n FROM settled s HAVING count(*) = :top),
            candidates AS (
                SELECT s.item_id FROM settled s
                UNION
                SELECT c.item_id FROM rm_item_current c
                WHERE c.follow_ups > 0 AND c.follow_ups > (SELECT f.n FROM floor f)
                  AND NOT (c.last_follow_up_on <= :asOf AND c.last_follow_up_known_at <= :knownAt))
            SELECT k.item_id, true AS bounded FROM floor, candidates k
            CROSS JOIN LATERAL (
                SELECT count(*) AS n, max(f.world_date) AS last_on FROM rm_item_follow_up f
                WHERE f.item_id = k.item_id AND f.recorded_at <= :knownAt AND f.world_date <= :asOf) fu
            WHERE fu.n > 0
            ORDER BY fu.n DESC, fu.last_on DESC, k.item_id LIMIT :top""";

    /**
     * The first {@code top} in scope of the first items by follow-ups within both bounds ({@link #followedUp}); as many
     * again are asked until that many are in scope or none are left.
     */
    @Override
    public List<ItemRow> mostFollowedUp(int top) {
        return widening(top, ItemCriteria.any().withFollowedUp(true), ItemTally.MOST_FOLLOWED_UP, this::followedUp);
    }

    /**
     * The latest events known at knownAt, walked back through their index: if the last {@code n} events reach back to
     * instant t, every item with an event at or after t is a candidate, and the items in scope among them include the
     * first {@code top} of the list once they are at least that many (each of those has its latest event at or after
     * t). Otherwise the walk goes twice as far back, until it has passed every event.
     */
    @Override
    public List<ItemRow> recentlyChanged(int top) {
        String walk = "WITH walk AS MATERIALIZED (SELECT v.recorded_at FROM rm_item_event v"
                + " WHERE v.recorded_at <= :knownAt ORDER BY v.recorded_at DESC LIMIT :top)"
                + " SELECT DISTINCT e.item_id, (SELECT count(*) FROM walk) AS walked FROM rm_item_event e"
                + " WHERE e.recorded_at <= :knownAt AND e.recorded_at >= (SELECT min(w.recorded_at) FROM walk w)";
        return widening(top, ItemCriteria.any(), ItemTally.RECENT, n -> {
            long[] walked = {0};
            Map<String, Object> p = ItemRows.withAxes(Map.of(), axes);
            p.put("top", n);
            List<String> ids = jdbc.sql(walk)
                    .params(p)
                    .query((rs, row) -> {
                        walked[0] = rs.getLong("walked");
                        return rs.getString("item_id");
                    })
                    .list();
            return new Candidates(ids, walked[0] < n);
        });
    }

    /** Candidates for a list from every item, in scope or not, and whether there are no more. */
    private record Candidates(List<String> ids, boolean all) {}

    /**
     * The first {@code top} rows of the list, from the candidates that {@code first} finds for {@code n}: asked again
     * with twice as many while fewer than {@code top} of them are in scope and more may be found.
     */
    private List<ItemRow> widening(int top, ItemCriteria criteria, ItemOrder order, IntFunction<Candidates> first) {
        for (int n = top; ; n *= 2) {
            Candidates candidates = first.apply(n);
            List<ItemRow> rows = exact(criteria, order, top, candidates.ids());
            if (rows.size() >= top || candidates.all()) {
                return rows;
            }
        }
    }

    private List<String> ids(String sql, int top) {
        Map<String, Object> p = ItemRows.withAxes(Map.of(), axes);
        p.put("top", top);
        return jdbc.sql(sql).params(p).query(String.class).list();
    }

    /** The list as item_span_overview answers it for the whole scope, over its candidates. */
    private List<ItemRow> exact(ItemCriteria criteria, ItemOrder order, int top, Iterable<String> candidates) {
        Set<String> ids = new LinkedHashSet<>();
        candidates.forEach(ids::add);
        if (ids.isEmpty()) {
            return List.of();
        }
        // One candidate at a time, as ItemRows reads a page's rows: as one condition on the whole function, the
        // planner ANDed the item index with the rectangles' box index, whose probe read every rectangle containing
        // the point (54,000 at full size): 6-7 ms and 3 ms of planning per list for 10 rows, about 1 ms this way.
        ItemConditions where = ItemConditions.of(criteria.withBody(body), axes);
        return jdbc.sql("SELECT x.* FROM unnest(CAST(:candidates AS varchar[])) AS p(id) CROSS JOIN LATERAL (SELECT *"
                        + " FROM " + ItemRows.overview(axes) + " x WHERE x.item_id = p.id OFFSET 0) x WHERE "
                        + where.sql() + " ORDER BY " + order.sql() + " LIMIT :top")
                .params(where.parameters())
                .param("candidates", ids.toArray(String[]::new))
                .param("top", top)
                .query((rs, row) -> ItemRows.read(rs))
                .list();
    }
}
