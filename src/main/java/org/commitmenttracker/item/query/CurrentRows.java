package org.commitmenttracker.item.query;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * When the current-state table (rm_item_current, db/V170) and the tallies kept with it may answer. Two questions:
 * whether the table is complete at all ({@link #stale}), and whether one stored row is its item's answer at the query's
 * axes (item_row_unsettled in db/R__item_functions_5_current.sql, the rule every reader asks).
 */
final class CurrentRows {

    private CurrentRows() {}

    /** The stored row (alias {@code alias}) is its item's answer at :asOf and :knownAt. */
    static String settled(String alias) {
        return "NOT " + unsettled(alias);
    }

    /** A fact of the item is dated after :asOf or recorded after :knownAt, so its stored row is not the answer. */
    static String unsettled(String alias) {
        return "item_row_unsettled(%1$s.settled_on, %1$s.last_changed_at, :asOf, :knownAt)".formatted(alias);
    }

    /**
     * The table and its tallies do not hold every item yet: a rebuild's replay has not been followed by their
     * recomputation (db/V220). Readers then compute from the versioned tables, as for past dates.
     */
    static boolean stale(JdbcClient jdbc) {
        return jdbc.sql("SELECT stale FROM rm_item_current_state")
                .query(Boolean.class)
                .single();
    }
}
