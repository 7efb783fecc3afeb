package org.commitmenttracker.item.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.stream.Collectors;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that selects {@link ItemRow}s: from item_overview at the query's time axes, narrowed by its criteria.
 * Today on both axes, from item_current, the current-state table (db/V170), which holds the same answers. Otherwise,
 * unless the criteria or the order need the per-item aggregates, the page is chosen from the as-of rectangles of
 * rm_item_span first (item_span_listing, db/V230; item_listing while they are stale), and the aggregates are computed
 * for the page's rows only (BENCHMARKS.md). The functions are defined in R__item_functions_*.sql.
 */
@Component
class ItemRows {

    private static final String CURRENT = "item_current(:asOf, :knownAt)";
    /**
     * item_current's rows of the items in :ids, the only ones it then computes from history. Never with the ids asked
     * again outside (x.item_id = ANY): PostgreSQL 15's btree takes both arrays as keys of the primary key and costs a
     * probe for every pair of their elements, so for the scorecard's 500 headings it read all of rm_item_current
     * instead (31 of a request's 50 ms at 100,000 items, issue #17).
     */
    private static final String CURRENT_OF = "item_current_of(:asOf, :knownAt, CAST(:ids AS varchar[]))";

    private static final Duration TODAY_SLACK = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ItemRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    List<ItemRow> select(ItemQuery query) {
        return select(query, false).rows();
    }

    /** The rows of a page and how many items match in all. */
    record Counted(List<ItemRow> rows, long total) {}

    /**
     * One page with the number of matching items. The page's ids and the total come from one pass over the rows the
     * page is chosen from (a count over the window of every match): the list's total was a second statement that
     * planned and read the same matches again (issue #17), today over item_current and at past axes over the as-of
     * rectangles, whose box probe cannot return rows in the list's order, so the page reads every match anyway. A page
     * past the end has no row to carry the total, and a page chosen by the per-item aggregates at past axes has no
     * window: both are counted apart. A free-text search in relevance order alone pages on the search's own rows
     * ({@link RankedSearch}).
     */
    Counted page(ItemQuery query) {
        Counted page = select(query, true);
        return page.total() >= 0 ? page : new Counted(page.rows(), count(query.criteria(), query.axes()));
    }

    private Counted select(ItemQuery query, boolean withTotal) {
        ItemConditions where = ItemConditions.of(query.criteria(), query.axes());
        String overview = overview(query.axes());
        if (query.needsAggregates() && !today(query.axes())) {
            return new Counted(overview(overview, where, query.order().sql(), query.limit(), query.offset()), -1);
        }
        // One snapshot for both steps, so the page's rows are the rows that were paged.
        return snapshot.execute(status -> {
            if (EveryItemPage.answersToday(query)) {
                return today(query, where, overview, withTotal);
            }
            if (EveryItemPage.answersPast(query) && !CurrentRows.stale(jdbc)) {
                return everyItemInThePast(query, where, overview, withTotal);
            }
            long[] total = {-1};
            boolean ranked = RankedSearch.answers(query) && !CurrentRows.stale(jdbc);
            String sql = ranked
                    ? RankedSearch.page(query, withTotal)
                    : "SELECT x.item_id" + (withTotal ? ", count(*) OVER () AS total" : "") + " FROM "
                            + paging(query.criteria(), query.axes()) + " x WHERE " + where.sql() + " ORDER BY "
                            + query.order().sql()
                            + " LIMIT :limit OFFSET :offset";
            List<String> page = jdbc.sql(sql)
                    .params(ranked ? RankedSearch.parameters(query) : where.parameters())
                    .param("limit", query.limit())
                    .param("offset", query.offset())
                    .query((rs, n) -> {
                        if (withTotal) {
                            total[0] = rs.getLong("total");
                        }
                        return rs.getString("item_id");
                    })
                    .list();
            if (withTotal && page.isEmpty()) {
                total[0] = ranked
                        ? jdbc.sql(RankedSearch.count())
                                .params(RankedSearch.parameters(query))
                                .query(Long.class)
                                .single()
                        : count(query.criteria(), query.axes());
            }
            return rowsInOrder(page, overview, query.axes(), total[0]);
        });
    }

    /** Today's page from the table's own rows ({@link EveryItemPage}); called inside the snapshot. */
    private Counted today(ItemQuery query, ItemConditions where, String overview, boolean withTotal) {
        LongSupplier count = () -> jdbc.sql(EveryItemPage.count(where))
                .params(where.parameters())
                .query(Long.class)
                .single();
        return everyItem(query, where, overview, withTotal, EveryItemPage.page(where, query.order()), count);
    }

    /**
     * The page of every item at past axes ({@link EveryItemPage#PAST}); called inside the snapshot that found the
     * rectangles fresh. The total is the rectangles' steps summed (db/V284, {@link SpanSteps}), every group, open and
     * closed: counting the rectangles at the point read about 54,000 of them at full size. When both axes' steps would
     * leave many items to correct, they are counted.
     */
    private Counted everyItemInThePast(ItemQuery query, ItemConditions where, String overview, boolean withTotal) {
        LongSupplier count = () -> {
            SpanSteps.Axis axis = SpanSteps.cheapest(jdbc, query.axes());
            return axis == null ? count(query.criteria(), query.axes()) : SpanSteps.total(jdbc, query.axes(), axis);
        };
        return everyItem(query, where, overview, withTotal, EveryItemPage.PAST, count);
    }

    /**
     * A page of {@link EveryItemPage}'s: its ids by {@code pageSql}, the total counted only when the page does not
     * tell.
     */
    private Counted everyItem(
            ItemQuery query,
            ItemConditions where,
            String overview,
            boolean withTotal,
            String pageSql,
            LongSupplier count) {
        List<String> page = jdbc.sql(pageSql)
                .params(where.parameters())
                .param("limit", query.limit())
                .param("offset", query.offset())
                .query(String.class)
                .list();
        long total = withTotal ? EveryItemPage.totalFrom(page.size(), query.limit(), query.offset()) : -1;
        if (withTotal && total < 0) {
            total = count.getAsLong();
        }
        return rowsInOrder(page, overview, query.axes(), total);
    }

    private Counted rowsInOrder(List<String> page, String overview, TimeAxes axes, long total) {
        if (page.isEmpty()) {
            return new Counted(List.of(), total);
        }
        List<ItemRow> found = rowsOf(page, overview, axes);
        Map<String, ItemRow> rows = found.stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
        return new Counted(page.stream().map(rows::get).filter(Objects::nonNull).toList(), total);
    }

    /**
     * The page's rows, in any order. At past axes one item at a time: as one condition on the whole function, the
     * planner ANDed the item index with the rectangles' box index, whose probe of the point reads every rectangle that
     * contains it (about 54,000 at 100,000 items): 13 to 70 ms for a page of 20 on the full-size copy, 3 to 11 ms this
     * way.
     */
    private List<ItemRow> rowsOf(List<String> page, String overview, TimeAxes axes) {
        if (!today(axes)) {
            return jdbc.sql(
                            "SELECT x.* FROM unnest(CAST(:ids AS varchar[])) AS p(id) CROSS JOIN LATERAL (SELECT * FROM "
                                    + overview + " x WHERE x.item_id = p.id OFFSET 0) x")
                    .params(idsAt(page, axes))
                    .query((rs, n) -> read(rs))
                    .list();
        }
        return currentOf(page, axes);
    }

    /**
     * The rows of these items that exist at the axes, by item id. Today in one query over item_current: the page step
     * of {@link #select} would only return the same ids again, planned and read once more (issue #17: the scorecard's
     * page of 500 item lines).
     */
    List<ItemRow> byIds(List<String> ids, TimeAxes axes) {
        if (!today(axes)) {
            return select(ItemQuery.of(ItemCriteria.any().withIds(ids), ids.size(), axes));
        }
        return currentOf(ids, axes);
    }

    /** Today's rows of these items, by item id ({@link #CURRENT_OF}). */
    private List<ItemRow> currentOf(List<String> ids, TimeAxes axes) {
        return jdbc.sql("SELECT x.* FROM " + CURRENT_OF + " x ORDER BY x.item_id")
                .params(idsAt(ids, axes))
                .query((rs, n) -> read(rs))
                .list();
    }

    /**
     * The headings of these items that exist at the axes. Today only the columns a heading shows are asked of
     * item_current, so neither its sessions elapsed (a count per row) nor its sessions' corrected titles are computed:
     * 3 instead of 53 ms for the scorecard's page of 500 item lines on the full-size copy (issue #17). At past axes,
     * likewise, no aggregates: 5 instead of about 200 ms for that page as of 2021-07-04.
     */
    List<ItemHeading> headings(List<String> ids, TimeAxes axes) {
        // At past axes by item id from the rectangles (item_past_headings, R__item_functions_4c_past_listing.sql),
        // without the condition on the ids again outside: with it the planner read all of rm_item_span (60 ms).
        String rows =
                today(axes) ? CURRENT_OF + " x" : "item_past_headings(CAST(:ids AS varchar[]), :asOf, :knownAt) x";
        return jdbc.sql("SELECT x.item_id, x.kind, x.title, x.title_original, x.status FROM " + rows)
                .params(idsAt(ids, axes))
                .query((rs, n) -> new ItemHeading(
                        rs.getString("item_id"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("title_original"),
                        rs.getString("status")))
                .list();
    }

    /** In one query: what a condition or order on the per-item aggregates needs. */
    private List<ItemRow> overview(String overview, ItemConditions where, String orderBy, int limit, long offset) {
        return jdbc.sql("SELECT x.* FROM " + overview + " x WHERE " + where.sql() + " ORDER BY " + orderBy
                        + " LIMIT :limit OFFSET :offset")
                .params(where.parameters())
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> read(rs))
                .list();
    }

    long count(ItemCriteria criteria, TimeAxes axes) {
        ItemConditions where = ItemConditions.of(criteria, axes);
        // In one snapshot with the stale flag that chose the source (see paging).
        return snapshot.execute(status -> jdbc.sql("SELECT count(*) FROM "
                        + (criteria.needsAggregates() ? overview(axes) : paging(criteria, axes)) + " x WHERE "
                        + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single());
    }

    /**
     * What a page or a total is chosen from when the criteria need no aggregates. Today, item_current. At other axes,
     * item_span_listing: item_listing's rows read from the as-of rectangles of rm_item_span (db/V230), index scans of
     * the rows that contain both dates ({@link SpanArms}) instead of every item's state computed from history; but
     * item_listing while the current-state tables are stale (db/V220), as the rectangles are recomputed with them after
     * a rebuild's replay. Asked inside the caller's transaction, so the flag and the rows read are of one snapshot.
     */
    private String paging(ItemCriteria criteria, TimeAxes axes) {
        if (today(axes)) {
            return CURRENT;
        }
        if (CurrentRows.stale(jdbc)) {
            return "item_listing(:asOf, :knownAt)";
        }
        return SpanArms.suit(criteria) ? SpanArms.of(criteria) : "item_span_listing(:asOf, :knownAt)";
    }

    /**
     * The plan follows the time axes. Today on both axes, item_current: the current-state table (db/V170), whose rows
     * carry the aggregates too. Otherwise item_listing unless a criterion needs the aggregates: the same rows, computed
     * for less. item_current answers exactly at any axes (it computes from history the items its table cannot answer
     * for), so choosing it is a question of speed only: for past axes most items fall to history.
     */
    static String source(ItemCriteria criteria, TimeAxes axes) {
        return criteria.needsAggregates() ? overview(axes) : listing(axes);
    }

    /**
     * What a reader of every item in scope at once reads (the scorecard's counts by party and status and its
     * assessments): as {@link #source}, but at past axes the as-of rectangles' rows (item_past_listing, db/V230; still
     * item_listing while they are stale) instead of every item's state computed from history (issue #17).
     */
    static String scope(ItemCriteria criteria, TimeAxes axes) {
        return criteria.needsAggregates() || today(axes)
                ? source(criteria, axes)
                : "item_past_listing(:asOf, :knownAt)";
    }

    /**
     * The rows with their per-item aggregates (follow-ups, sessions elapsed, version). At past axes item_span_overview:
     * item_overview's aggregates on the rows of the as-of rectangles (db/V230), or item_overview itself while they are
     * stale.
     */
    static String overview(TimeAxes axes) {
        return today(axes) ? CURRENT : "item_span_overview(:asOf, :knownAt)";
    }

    private static String listing(TimeAxes axes) {
        return today(axes) ? CURRENT : "item_listing(:asOf, :knownAt)";
    }

    /**
     * Today's date or later, known now or later. A minute's slack: an item changed since knownAt is computed from
     * history by item_current, so a request bound a moment ago still reads the table for all other items.
     */
    static boolean today(TimeAxes axes) {
        Instant now = Instant.now();
        return !axes.asOf().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC))
                && !axes.knownAt().isBefore(now.minus(TODAY_SLACK));
    }

    /** The parameters :ids (one array, however many), :asOf and :knownAt. */
    private static Map<String, Object> idsAt(List<String> ids, TimeAxes axes) {
        return withAxes(Map.of("ids", ids.toArray(String[]::new)), axes);
    }

    static Map<String, Object> withAxes(Map<String, ?> parameters, TimeAxes axes) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("asOf", axes.asOf());
        all.put("knownAt", axes.knownAtParameter());
        return all;
    }

    static ItemRow read(ResultSet rs) throws SQLException {
        OffsetDateTime changed = rs.getObject("last_changed_at", OffsetDateTime.class);
        return new ItemRow(
                rs.getString("item_id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("title_original"),
                rs.getString("actor"),
                rs.getString("person"),
                list(rs.getArray("binds")),
                list(rs.getArray("themes")),
                rs.getString("body"),
                rs.getString("session_id"),
                rs.getString("session_title"),
                rs.getObject("session_date", LocalDate.class),
                worldDate(rs, "opened_on", "opened_precision"),
                rs.getString("status"),
                rs.getBoolean("open"),
                rs.getObject("status_since", LocalDate.class),
                worldDate(rs, "due_date", "due_precision"),
                rs.getBoolean("overdue"),
                rs.getLong("follow_ups"),
                rs.getString("last_follow_up_session"),
                rs.getObject("last_follow_up_on", LocalDate.class),
                (Long) rs.getObject("sessions_elapsed"),
                rs.getLong("version"),
                changed == null ? null : changed.toInstant());
    }

    static WorldDate worldDate(ResultSet rs, String date, String precision) throws SQLException {
        LocalDate day = rs.getObject(date, LocalDate.class);
        return day == null ? null : new WorldDate(day, DatePrecision.valueOf(rs.getString(precision)));
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
