package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/** The item list and single rows, as of any date on both time axes. */
@Component
public class ItemQueries {

    /** An export is one response; past this it should be narrowed by filters. */
    public static final int EXPORT_LIMIT = 20_000;

    private final ItemRows rows;

    ItemQueries(ItemRows rows) {
        this.rows = rows;
    }

    public ItemPage list(ItemFilter filter, ItemListRequest request, TimeAxes axes) {
        ItemFilter.Condition condition = filter.condition();
        String orderBy = request.orderBy(filter);
        List<ItemRow> page = rows.select(
                condition.sql(),
                condition.parameters(),
                orderBy,
                request.size(),
                (long) request.page() * request.size(),
                axes);
        long total = rows.count(condition.sql(), condition.parameters(), axes);
        return new ItemPage(page, request.page(), request.size(), total, axes.asOf(), axes.knownAt());
    }

    /** Every matching item, for exports. */
    public List<ItemRow> all(ItemFilter filter, ItemListRequest request, TimeAxes axes) {
        ItemFilter.Condition condition = filter.condition();
        return rows.select(condition.sql(), condition.parameters(), request.orderBy(filter), EXPORT_LIMIT, 0, axes);
    }

    public Optional<ItemRow> row(String itemId, TimeAxes axes) {
        return rows.select("x.item_id = :id", Map.of("id", itemId), "x.item_id", 1, 0, axes).stream()
                .findFirst();
    }
}
