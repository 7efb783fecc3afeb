package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The tables item_derived_reset empties and the recomputation fills again, row for row, to compare. */
public final class DerivedTables {

    static final List<String> ALL = List.of(
            "rm_item_current",
            "rm_item_span",
            "rm_item_text_span",
            "rm_item_tally",
            "rm_item_scorecard_cell",
            "rm_item_scorecard_tally",
            "rm_item_scorecard_items",
            "rm_item_scorecard_party",
            "rm_item_scorecard_status",
            "rm_item_status_span",
            "rm_item_open_tally",
            "rm_item_score_span",
            "rm_item_score_step",
            "rm_item_span_group",
            "rm_item_span_by_world",
            "rm_item_span_by_known");

    private DerivedTables() {}

    static Map<String, List<String>> dump(JdbcClient jdbc) {
        return dump(jdbc, ALL);
    }

    /** Each table's rows as text, in order, to compare row for row. */
    public static Map<String, List<String>> dump(JdbcClient jdbc, List<String> tables) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (String table : tables) {
            rows.put(
                    table,
                    jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1")
                            .query(String.class)
                            .list());
        }
        return rows;
    }
}
