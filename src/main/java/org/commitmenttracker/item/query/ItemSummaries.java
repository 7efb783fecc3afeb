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
        return jdbc.sql("SELECT coalesce(title_original, summary_ru) FROM rm_item WHERE item_id = ?")
                .param(itemId)
                .query(String.class)
                .optional()
                .orElse(null);
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
