package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.commitmenttracker.item.query.ItemSort.SortDirection;

/** The order of a query's rows: keys in turn, then the item id, so pages never overlap. Empty: by item id alone. */
public record ItemOrder(List<Key> keys) {

    public record Key(ItemSort sort, SortDirection direction) {}

    public ItemOrder {
        keys = List.copyOf(keys);
    }

    public static ItemOrder byId() {
        return new ItemOrder(List.of());
    }

    public static ItemOrder by(ItemSort sort, SortDirection direction) {
        return byId().then(sort, direction);
    }

    public ItemOrder then(ItemSort sort, SortDirection direction) {
        List<Key> more = new ArrayList<>(keys);
        more.add(new Key(sort, direction));
        return new ItemOrder(more);
    }

    boolean needsAggregates() {
        return keys.stream().anyMatch(key -> key.sort().needsAggregates());
    }

    boolean needsText() {
        return keys.stream().anyMatch(key -> key.sort() == ItemSort.RELEVANCE);
    }

    /** The ORDER BY list over alias x. */
    String sql() {
        return keys.stream()
                        .map(key -> key.sort().orderBy(key.direction()) + ", ")
                        .collect(Collectors.joining())
                + "x.item_id";
    }
}
