package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The items in a scope, computed once and asked many questions (the dashboard asks ten): at 100,000 items each pass
 * over item_overview costs about a second (BENCHMARKS.md). Lives until its transaction ends.
 */
public final class ItemSnapshot {

    static final String TABLE = "item_snapshot";

    private final JdbcClient jdbc;
    private final TimeAxes axes;

    ItemSnapshot(JdbcClient jdbc, TimeAxes axes) {
        this.jdbc = jdbc;
        this.axes = axes;
    }

    public long count(ItemCriteria criteria) {
        ItemConditions where = ItemConditions.of(criteria, axes);
        return jdbc.sql("SELECT count(*) FROM " + TABLE + " x WHERE " + where.sql())
                .params(where.parameters())
                .query(Long.class)
                .single();
    }

    /** Matching items counted by a grouping, largest first. */
    public Map<String, Long> counts(ItemCriteria criteria, ItemGrouping by) {
        return ItemCounts.single(jdbc, TABLE, by, ItemConditions.of(criteria, axes));
    }

    /** The first {@code limit} matching items in that order. */
    public List<ItemRow> list(ItemCriteria criteria, ItemOrder order, int limit) {
        ItemConditions where = ItemConditions.of(criteria, axes);
        return jdbc.sql("SELECT x.* FROM " + TABLE + " x WHERE " + where.sql() + " ORDER BY " + order.sql()
                        + " LIMIT :limit")
                .params(where.parameters())
                .param("limit", limit)
                .query((rs, row) -> ItemRows.read(rs))
                .list();
    }
}
