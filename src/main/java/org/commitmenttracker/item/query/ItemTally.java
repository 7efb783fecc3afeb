package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Today's dashboard figures without a pass over all items (issue #17): the open counts from rm_item_tally (db/V180,
 * kept by item_current_refresh), the top lists from indexed walks of rm_item_current that stop after a few rows. The
 * answers equal {@link ItemSnapshot}'s over item_current for the same axes: the items whose stored row is not their
 * answer today (a fact dated after asOf, or an event recorded after knownAt; see V170) are taken out of the tally as
 * stored and counted again as item_current computes them, and they are always candidates for the lists. Each list's
 * candidates include its true top rows, and the final order is item_current's own. Lives inside one repeatable-read
 * transaction ({@link ItemQueries#today}).
 */
public final class ItemTally implements OpenFigures {

    public static final ItemOrder BY_DUE = ItemOrder.by(ItemSort.DUE, SortDirection.ASC);
    public static final ItemOrder OLDEST =
            ItemOrder.by(ItemSort.SESSIONS_ELAPSED, SortDirection.DESC).then(ItemSort.OPENED, SortDirection.ASC);
    public static final ItemOrder MOST_FOLLOWED_UP =
            ItemOrder.by(ItemSort.FOLLOW_UPS, SortDirection.DESC).then(ItemSort.LAST_FOLLOW_UP, SortDirection.DESC);
    public static final ItemOrder RECENT = ItemOrder.by(ItemSort.LAST_CHANGED, SortDirection.DESC);

    private static final String CURRENT = "item_current(:asOf, :knownAt)";
    /** Rows of rm_item_current (alias c) that are their item's answer at the axes. */
    private static final String SETTLED = CurrentRows.settled("c");

    private final JdbcClient jdbc;
    private final TimeAxes axes;
    private final String body;
    private final Set<String> unsettled;
    private final String[] bodySessions;

    private ItemTally(JdbcClient jdbc, TimeAxes axes, String body, Set<String> unsettled, String[] bodySessions) {
        this.jdbc = jdbc;
        this.axes = axes;
        this.body = body;
        this.unsettled = unsettled;
        this.bodySessions = bodySessions;
    }

    /**
     * The tally for a body (null: every item), or null when it cannot answer: while a rebuild has yet to recompute it
     * ({@link CurrentRows#stale}), and for a body unless every session its open items name is registered, since an item
     * of an unknown session belongs to its actor's body (item_current). Both are passing states: after a replay, and
     * while the directory's processor is behind the items'.
     */
    static ItemTally open(JdbcClient jdbc, TimeAxes axes, String body) {
        Map<String, Object> p = ItemRows.withAxes(Map.of(), axes);
        if (CurrentRows.stale(jdbc)) {
            return null;
        }
        if (body != null
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM rm_item_tally t WHERE t.dimension = 'KIND'"
                                + " AND t.n <> 0 AND t.session_id <> '' AND NOT EXISTS (SELECT 1 FROM rm_session s"
                                + " WHERE s.session_id = t.session_id AND s.recorded_at <= :knownAt))")
                        .params(p)
                        .query(Boolean.class)
                        .single()) {
            return null;
        }
        Set<String> unsettled = new LinkedHashSet<>(
                jdbc.sql("SELECT c.item_id FROM rm_item_current c WHERE " + CurrentRows.unsettled("c") + " ORDER BY 1")
                        .params(p)
                        .query(String.class)
                        .list());
        String[] sessions = body == null
                ? null
                : jdbc.sql("SELECT s.session_id FROM rm_session s WHERE s.body = :body AND s.recorded_at <= :knownAt")
                        .params(p)
                        .param("body", body)
                        .query(String.class)
                        .list()
                        .toArray(String[]::new);
        return new ItemTally(jdbc, axes, body, unsettled, sessions);
    }

    /** Open items counted by kind, status, theme and party (largest first, then by key), and the overdue ones. */
    public record OpenCounts(Map<ItemGrouping, Map<String, Long>> by, long overdue) {

        public long total() {
            return by.getOrDefault(ItemGrouping.KIND, Map.of()).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    public OpenCounts counts() {
        Map<ItemGrouping, Map<String, Long>> by = new EnumMap<>(ItemGrouping.class);
        for (ItemGrouping grouping :
                List.of(ItemGrouping.KIND, ItemGrouping.STATUS, ItemGrouping.THEME, ItemGrouping.PARTY)) {
            by.put(grouping, new LinkedHashMap<>());
        }
        long[] overdue = {0};
        jdbc.sql(TallySql.counts(body != null, !unsettled.isEmpty()))
                .params(parameters())
                .query(rs -> {
                    String dimension = rs.getString("dimension");
                    if (dimension.equals("OVERDUE")) {
                        overdue[0] = rs.getLong("n");
                    } else {
                        by.get(ItemGrouping.valueOf(dimension)).put(rs.getString("key"), rs.getLong("n"));
                    }
                });
        return new OpenCounts(by, overdue[0]);
    }

    /** Open items past their due date, soonest due first. */
    public List<ItemRow> overdue(int top) {
        return exact(
                ItemCriteria.any().withOpen(true).withOverdue(true),
                BY_DUE,
                top,
                candidates("c.open AND c.due_last_day < :asOf", "c.due_last_day, c.item_id", top));
    }

    /**
     * Open items by sessions elapsed since they opened. Within one body that count only falls as the opening date
     * rises, so each body's earliest-opened items are its candidates; items without a registered session (no count)
     * come last and are looked for only when the others are fewer than asked.
     */
    public List<ItemRow> oldestOpen(int top) {
        Map<String, Object> p = parameters();
        p.put("top", top);
        List<String> ids = new ArrayList<>(jdbc.sql("SELECT o.item_id FROM (SELECT s.body, array_agg(s.session_id) AS"
                        + " ids FROM rm_session s WHERE s.recorded_at <= :knownAt"
                        + (body == null ? "" : " AND s.body = :body")
                        + " GROUP BY s.body) g CROSS JOIN LATERAL (SELECT c.item_id FROM rm_item_current c"
                        + " WHERE c.open AND c.session_id = ANY(g.ids) AND " + SETTLED
                        + " ORDER BY c.opened_on, c.item_id LIMIT :top) o")
                .params(p)
                .query(String.class)
                .list());
        if (ids.size() < top) {
            String unregistered = body == null
                    ? "(c.session_id IS NULL OR c.session_id NOT IN"
                            + " (SELECT s.session_id FROM rm_session s WHERE s.recorded_at <= :knownAt))"
                    : "c.session_id IS NULL AND c.actor = :body";
            ids.addAll(jdbc.sql("SELECT c.item_id FROM rm_item_current c WHERE c.open AND " + unregistered + " AND "
                            + SETTLED + " ORDER BY c.opened_on, c.item_id LIMIT :top")
                    .params(p)
                    .query(String.class)
                    .list());
        }
        return exact(ItemCriteria.any().withOpen(true), OLDEST, top, ids);
    }

    /** Items with follow-ups, most first. */
    public List<ItemRow> mostFollowedUp(int top) {
        return exact(
                ItemCriteria.any().withFollowedUp(true),
                MOST_FOLLOWED_UP,
                top,
                candidates(
                        "c.follow_ups > 0", "c.follow_ups DESC, c.last_follow_up_on DESC NULLS LAST, c.item_id", top));
    }

    /** Items by their latest recorded event, latest first. */
    public List<ItemRow> recentlyChanged(int top) {
        return exact(ItemCriteria.any(), RECENT, top, candidates("true", "c.last_changed_at DESC, c.item_id", top));
    }

    /** The first rows of rm_item_current in scope whose stored row is their answer, in an indexed order. */
    private List<String> candidates(String condition, String order, int top) {
        String scope = body == null ? "" : " AND (c.session_id = ANY(CAST(:sessions AS varchar[])) OR c.actor = :body)";
        Map<String, Object> p = parameters();
        p.put("top", top);
        return jdbc.sql("SELECT c.item_id FROM rm_item_current c WHERE " + condition + " AND " + SETTLED + scope
                        + " ORDER BY " + order + " LIMIT :top")
                .params(p)
                .query(String.class)
                .list();
    }

    /** The list as item_current answers it, over the candidates and the items whose stored row is not the answer. */
    private List<ItemRow> exact(ItemCriteria criteria, ItemOrder order, int top, List<String> candidates) {
        Set<String> ids = new LinkedHashSet<>(candidates);
        ids.addAll(unsettled);
        if (ids.isEmpty()) {
            return List.of();
        }
        ItemConditions where = ItemConditions.of(criteria.withBody(body).withIds(ids), axes);
        return jdbc.sql("SELECT x.* FROM " + CURRENT + " x WHERE " + where.sql() + " ORDER BY " + order.sql()
                        + " LIMIT :top")
                .params(where.parameters())
                .param("top", top)
                .query((rs, row) -> ItemRows.read(rs))
                .list();
    }

    private Map<String, Object> parameters() {
        Map<String, Object> p = ItemRows.withAxes(Map.of(), axes);
        p.put("body", body);
        p.put("sessions", bodySessions);
        return p;
    }
}
