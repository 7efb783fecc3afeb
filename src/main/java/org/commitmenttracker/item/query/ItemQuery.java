package org.commitmenttracker.item.query;

import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;

/**
 * The one way into the item read model: which items ({@link ItemCriteria}), in which order, which slice of them, and on
 * both time axes (as of a world date, as known at an instant). Callers state what they want; the SQL, and the choice of
 * plan, stay in this package.
 */
public record ItemQuery(ItemCriteria criteria, ItemOrder order, int limit, long offset, TimeAxes axes) {

    public ItemQuery {
        if (order.needsText() && criteria.text() == null) {
            throw new InvalidField("sort", "RELEVANCE needs a free-text query q");
        }
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit " + limit + ", offset " + offset);
        }
    }

    /** Up to {@code limit} items, by item id. */
    public static ItemQuery of(ItemCriteria criteria, int limit, TimeAxes axes) {
        return new ItemQuery(criteria, ItemOrder.byId(), limit, 0, axes);
    }

    /** A page of the list as the API and the items page ask for it. */
    public static ItemQuery of(ItemFilter filter, ItemListRequest request, TimeAxes axes) {
        return new ItemQuery(
                filter.criteria(), request.order(), request.size(), (long) request.page() * request.size(), axes);
    }

    public ItemQuery orderedBy(ItemOrder value) {
        return new ItemQuery(criteria, value, limit, offset, axes);
    }

    boolean needsAggregates() {
        return criteria.needsAggregates() || order.needsAggregates();
    }
}
