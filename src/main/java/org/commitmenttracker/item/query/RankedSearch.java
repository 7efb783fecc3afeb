package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.query.ItemOrder.Key;
import org.commitmenttracker.shared.time.TimeAxes;

/**
 * The page of a free-text search in relevance order, at any time axes, from the search's own rows (rm_item_text_span,
 * db/V255; item_text_hits in R__item_functions_4c_text_span.sql): one bitmap scan finds the items listed at the axes
 * whose texts match, with the search vector that ranks them. The order is exactly {@link ItemSort#RELEVANCE}'s, then
 * the item id, and the total counts the same matches: a common word matches 10,000 to 25,000 items at 100,000, and the
 * list's own path looked up each match's rectangle and statement at past axes, 0.2 to 0.6 s a page (issue #17). Only
 * for the free text alone: any other criterion needs the list's columns, which the list's path reads. Not while the
 * derived tables are stale (db/V220): the caller asks {@link CurrentRows#stale} in the same snapshot first.
 */
final class RankedSearch {

    private static final String HITS = "item_text_hits(:q, :asOf, :knownAt)";

    private RankedSearch() {}

    /** Whether this answers the query: the free text alone, ordered by relevance alone. */
    static boolean answers(ItemQuery query) {
        List<Key> keys = query.order().keys();
        return query.criteria().textOnly()
                && keys.size() == 1
                && keys.getFirst().sort() == ItemSort.RELEVANCE;
    }

    /**
     * The page's item ids, with the total as column {@code total} if asked. The rank is computed below a fence (OFFSET
     * 0), so the window that counts the matches holds ids and ranks only, not every match's search vector: with it, the
     * window spilled to disk for a common word.
     */
    static String page(ItemQuery query, boolean withTotal) {
        Key key = query.order().keys().getFirst();
        return "SELECT h.item_id" + (withTotal ? ", count(*) OVER () AS total" : "")
                + " FROM (SELECT h.item_id, h.relevance FROM " + HITS + " h OFFSET 0) h"
                + " ORDER BY h.relevance " + key.direction().name() + " NULLS LAST, h.item_id"
                + " LIMIT :limit OFFSET :offset";
    }

    /** How many items the query finds: for a page past the end, which has no row to carry the total. */
    static String count() {
        return "SELECT count(*) FROM " + HITS;
    }

    static Map<String, Object> parameters(ItemQuery query) {
        TimeAxes axes = query.axes();
        return Map.of("q", query.criteria().text(), "asOf", axes.asOf(), "knownAt", axes.knownAtParameter());
    }
}
