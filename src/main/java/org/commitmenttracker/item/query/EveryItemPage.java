package org.commitmenttracker.item.query;

import java.util.Set;

/**
 * The page of the list of every item, as a monitor first opens it, without computing or sorting every item (issue #17).
 *
 * <p>Today, chosen from rm_item_current itself, without item_current's joins (issue #17). item_current joins every row
 * to its session and body before a filter or an order can apply, and a UNION ALL under a function is not ordered by an
 * index: the first page of the unfiltered list read and sorted all 104,000 rows (230 ms at full size) and counted them
 * over a window. Here the settled rows come from the table in the list's order with a limit, so the default order walks
 * rm_item_current_opened_desc_idx (db/V300) and stops after the page; the few rows the table cannot answer for
 * (unsettled at the axes, or every row while the table is stale) come from item_current as before and are merged in.
 * The total is counted apart, and only when the page does not tell it.
 *
 * <p>Only for the list of every item, in an order of the table's own columns (not the sessions elapsed, a join and a
 * count per row): see {@link #answersToday}.
 *
 * <p>At past axes, in the default order only, from the as-of rectangles (rm_item_span, db/V230) walked in that order
 * (rm_item_span_opened_desc_idx, db/V301): the items at the point are the rectangles that contain it, one per item, as
 * item_span_listing reads them; the walk starts at the date asked, since a rectangle starts on its item's opening date
 * or later. Before, the page read every rectangle at the point (about 54,000) to sort them. The total, when the page
 * does not tell it, is the rectangles' steps summed (ItemRows, {@link SpanSteps#total}) rather than those rectangles
 * counted.
 */
final class EveryItemPage {

    private static final Set<ItemSort> OWN_COLUMNS = Set.of(
            ItemSort.OPENED,
            ItemSort.TITLE,
            ItemSort.STATUS,
            ItemSort.STATUS_SINCE,
            ItemSort.DUE,
            ItemSort.FOLLOW_UPS,
            ItemSort.LAST_FOLLOW_UP,
            ItemSort.LAST_CHANGED);

    /** What the two arms return: the id and every column an order of {@link #OWN_COLUMNS} reads. */
    private static final String COLUMNS = "x.item_id, x.opened_on, x.title, x.title_original, x.status, x.status_since,"
            + " x.due_last_day, x.follow_ups, x.last_follow_up_on, x.last_changed_at";

    /** The table's rows with item_current's overdue column (the same expression as there); none while it is stale. */
    private static final String TABLE = "(SELECT c.*, c.open AND c.due_last_day IS NOT NULL AND c.due_last_day < :asOf"
            + " AS overdue FROM rm_item_current c) x WHERE NOT (SELECT s.stale FROM rm_item_current_state s)";

    private static final String UNSETTLED = "item_row_unsettled(x.settled_on, x.last_changed_at, :asOf, :knownAt)";

    /** The rows item_current takes from the table: its first arm. */
    private static final String SETTLED = TABLE + " AND NOT " + UNSETTLED;

    /** The rows item_current computes from history: its second arm, asked of item_current by id. */
    private static final String COMPUTED = "item_current(:asOf, :knownAt) x WHERE x.item_id = ANY(ARRAY("
            + "SELECT p.item_id FROM rm_item_current p"
            + " WHERE item_row_unsettled(p.settled_on, p.last_changed_at, :asOf, :knownAt)"
            + " UNION ALL SELECT i.item_id FROM rm_item i WHERE (SELECT s.stale FROM rm_item_current_state s)))";

    private static final ItemOrder NEWEST_FIRST = ItemOrder.by(ItemSort.OPENED, ItemSort.SortDirection.DESC);

    /** The page at past axes: the rectangles at the point in the default order; parameters :limit and :offset. */
    static final String PAST = "SELECT x.item_id FROM rm_item_span x WHERE x.opened_on <= :asOf"
            + " AND x.known @> CAST(:knownAt AS timestamptz) AND x.world @> CAST(:asOf AS date)"
            + " ORDER BY x.opened_on DESC NULLS LAST, x.item_id LIMIT :limit OFFSET :offset";

    private EveryItemPage() {}

    /**
     * Whether this query's page is {@link #PAST}'s: every item at past axes, newest first. The caller also checks that
     * the rectangles are not stale, in the snapshot it reads them in.
     */
    static boolean answersPast(ItemQuery query) {
        return !ItemRows.today(query.axes())
                && query.criteria().equals(ItemCriteria.any())
                && query.order().equals(NEWEST_FIRST);
    }

    /**
     * Whether this query's page is chosen here: today on both axes, every item, in an order of the table's own columns.
     * Not with criteria: for them the planner walked the order's index filtering as it went, misled by the filters'
     * correlation with the order (one party's open pledges, mostly old: 99,646 rows walked, 331 ms, for a page of 20),
     * and found first and then sorted they took 50 ms, where item_current's path with its count takes 11-17 ms.
     */
    static boolean answersToday(ItemQuery query) {
        return ItemRows.today(query.axes())
                && query.criteria().equals(ItemCriteria.any())
                && query.order().keys().stream().allMatch(key -> OWN_COLUMNS.contains(key.sort()));
    }

    /** The page's ids in order; parameters :limit and :offset besides the conditions'. */
    static String page(ItemConditions where, ItemOrder order) {
        return "SELECT x.item_id FROM ((SELECT " + COLUMNS + " FROM " + SETTLED + " AND " + where.sql() + " ORDER BY "
                + order.sql() + " LIMIT CAST(:limit AS bigint) + :offset) UNION ALL (SELECT " + COLUMNS + " FROM "
                + COMPUTED + " AND " + where.sql() + ")) x ORDER BY " + order.sql() + " LIMIT :limit OFFSET :offset";
    }

    /**
     * How many items there are today: the table's rows less those it cannot answer for, plus those computed. Counted
     * so, the first term needs no settled condition and reads the narrowest index of the table (104,000 entries of a
     * status index: about a third of the time of the opened-order index, which carries the settled columns); the
     * unsettled rows are few and found by their own indexes. {@code where} holds the axes' parameters and no filter:
     * only the list of every item takes this path ({@link #answersToday}).
     */
    static String count(ItemConditions where) {
        return "SELECT (SELECT count(*) FROM " + TABLE + " AND " + where.sql() + ") - (SELECT count(*) FROM " + TABLE
                + " AND " + UNSETTLED + " AND " + where.sql() + ") + (SELECT count(*) FROM " + COMPUTED + " AND "
                + where.sql() + ")";
    }

    /**
     * The total the page tells without counting: a page shorter than asked, and not empty unless it is the first, ends
     * the list. Otherwise -1.
     */
    static long totalFrom(int rows, int limit, long offset) {
        return rows < limit && (rows > 0 || offset == 0) ? offset + rows : -1;
    }
}
