package org.commitmenttracker.item.query;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Russian summary of an item, for lists on Russian pages that have no official Russian title to show. Templates
 * call it as {@code @itemSummaries.russian(id)}; the lists' own query stays as it is.
 */
@Component("itemSummaries")
public class ItemSummaries {

    private final JdbcClient jdbc;

    ItemSummaries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The item's official Russian title, else its Russian summary; null when it has neither. */
    public String russianTitle(String itemId) {
        // The official title lives on the item's statement, which a correction may revise: the current revision.
        return jdbc.sql("""
                        SELECT coalesce(s.title_original, i.summary_ru) FROM rm_item i
                        LEFT JOIN rm_item_statement s ON s.item_id = i.item_id AND s.known_until IS NULL
                        WHERE i.item_id = ?""").param(itemId).query(String.class).optional().orElse(null);
    }

    /** The item's Russian summary, or null when it has none. */
    public String russian(String itemId) {
        return jdbc.sql("SELECT summary_ru FROM rm_item WHERE item_id = ?")
                .param(itemId)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
