package org.commitmenttracker.item.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Items as of any date on both time axes: the list, single rows, counts and snapshots. Every read of item rows goes
 * through an {@link ItemQuery} or {@link ItemCriteria}, never through SQL written elsewhere.
 */
@Component
public class ItemQueries {

    /** An export is one response; past this it should be narrowed by filters. */
    public static final int EXPORT_LIMIT = 20_000;

    private final ItemRows rows;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final TransactionTemplate consistent;

    ItemQueries(ItemRows rows, JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.consistent = new TransactionTemplate(transactions);
        this.consistent.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.consistent.setReadOnly(true);
    }

    /** One page, with the total of matching items. */
    public ItemPage page(ItemQuery query) {
        ItemRows.Counted page = rows.page(query);
        int size = query.limit();
        return new ItemPage(
                page.rows(),
                (int) (query.offset() / size),
                size,
                page.total(),
                query.axes().asOf(),
                query.axes().knownAt());
    }

    /** The rows of a query, without a total. */
    public List<ItemRow> list(ItemQuery query) {
        return rows.select(query);
    }

    /** Every matching item, for exports (up to {@link #EXPORT_LIMIT}). */
    public List<ItemRow> all(ItemFilter filter, ItemListRequest request, TimeAxes axes) {
        return rows.select(new ItemQuery(filter.criteria(), request.order(), EXPORT_LIMIT, 0, axes));
    }

    public long count(ItemCriteria criteria, TimeAxes axes) {
        return rows.count(criteria, axes);
    }

    public Optional<ItemRow> row(String itemId, TimeAxes axes) {
        return rows.byIds(List.of(itemId), axes).stream().findFirst();
    }

    /** The rows of these items, by id; an item not there at those time axes is left out. */
    public Map<String, ItemRow> rows(Collection<String> itemIds, TimeAxes axes) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<String> ids = itemIds.stream().distinct().toList();
        return rows.byIds(ids, axes).stream().collect(Collectors.toMap(ItemRow::id, Function.identity()));
    }

    /** The headings of these items, by id; an item not there at those time axes is left out. */
    public Map<String, ItemHeading> headings(Collection<String> itemIds, TimeAxes axes) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        return rows.headings(itemIds.stream().distinct().toList(), axes).stream()
                .collect(Collectors.toMap(ItemHeading::id, Function.identity()));
    }

    /** Matching items counted by a grouping, largest first. */
    public Map<String, Long> counts(ItemCriteria criteria, ItemGrouping by, TimeAxes axes) {
        return ItemCounts.single(jdbc, ItemRows.source(criteria, axes), by, ItemConditions.of(criteria, axes));
    }

    /**
     * Matching items counted by two groupings (e.g. party, then status), both in key order. Every item in scope is
     * counted, so at past axes from the as-of rectangles ({@link ItemRows#scope}).
     */
    public Map<String, Map<String, Long>> counts(
            ItemCriteria criteria, ItemGrouping first, ItemGrouping second, TimeAxes axes) {
        return ItemCounts.twoWays(
                jdbc, ItemRows.scope(criteria, axes), first, second, ItemConditions.of(criteria, axes));
    }

    /**
     * Asks today's figures of a body (null: every item) from the incremental tally ({@link ItemTally}), in one
     * read-only repeatable-read transaction; empty when the axes are not today's or the tally cannot answer, and the
     * caller asks a {@link #snapshot} instead.
     */
    public <T> Optional<T> today(String body, TimeAxes axes, Function<ItemTally, T> questions) {
        if (!ItemRows.today(axes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(consistent.execute(status -> {
            ItemTally tally = ItemTally.open(jdbc, axes, body);
            return tally == null ? null : questions.apply(tally);
        }));
    }

    /**
     * Asks the figures of a body (null: every item) at axes other than today's from the as-of rectangles
     * ({@link ItemSpanTally}), in one read-only repeatable-read transaction, so the stale flag and the rectangles read
     * are of one snapshot; empty at today's axes and while they are stale, and the caller asks a {@link #snapshot}
     * instead.
     */
    public <T> Optional<T> past(String body, TimeAxes axes, Function<OpenFigures, T> questions) {
        return past(body, axes, ItemSpanTally.Way.CHEAPEST, questions);
    }

    /** As {@link #past(String, TimeAxes, Function)}, with the open items counted one given way. */
    public <T> Optional<T> past(String body, TimeAxes axes, ItemSpanTally.Way way, Function<OpenFigures, T> questions) {
        if (ItemRows.today(axes)) {
            return Optional.empty();
        }
        return Optional.ofNullable(consistent.execute(status -> {
            ItemSpanTally tally = ItemSpanTally.open(jdbc, axes, body, way);
            return tally == null ? null : questions.apply(tally);
        }));
    }

    /** Computes the items in scope once, in one transaction, and lets {@code questions} ask them. */
    public <T> T snapshot(ItemCriteria scope, TimeAxes axes, Function<ItemSnapshot, T> questions) {
        return transaction.execute(status -> {
            ItemConditions where = ItemConditions.of(scope, axes);
            jdbc.sql("CREATE TEMPORARY TABLE " + ItemSnapshot.TABLE
                            + " ON COMMIT DROP AS SELECT x.* FROM " + ItemRows.overview(axes) + " x WHERE "
                            + where.sql())
                    .params(where.parameters())
                    .update();
            jdbc.sql("ANALYZE " + ItemSnapshot.TABLE).update();
            return questions.apply(new ItemSnapshot(jdbc, axes));
        });
    }
}
