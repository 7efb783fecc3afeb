package org.commitmenttracker.item.query;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Item counts grouped one or two ways, over item_listing, item_overview or a snapshot of it. */
final class ItemCounts {

    private ItemCounts() {}

    /** Largest first, then by key. */
    static Map<String, Long> single(JdbcClient jdbc, String source, ItemGrouping by, ItemConditions where) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + by.expression + " AS k, count(*) AS n FROM " + source + " x" + by.join + " WHERE "
                        + where.sql() + " GROUP BY 1 ORDER BY n DESC, k")
                .params(where.parameters())
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }

    /** By the first grouping, then the second, both in key order. */
    static Map<String, Map<String, Long>> twoWays(
            JdbcClient jdbc, String source, ItemGrouping first, ItemGrouping second, ItemConditions where) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql("SELECT " + first.expression + " AS k1, " + second.expression + " AS k2, count(*) AS n FROM " + source
                        + " x" + first.join + second.join + " WHERE " + where.sql() + " GROUP BY 1, 2")
                .params(where.parameters())
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("k1"), k -> new TreeMap<>())
                            .put(rs.getString("k2"), rs.getLong("n"));
                });
        return counts;
    }
}
