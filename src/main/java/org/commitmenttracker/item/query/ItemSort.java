package org.commitmenttracker.item.query;

/** Orders of the item list; ties are always broken by item id so pages never overlap. */
public enum ItemSort {
    OPENED("x.opened_on", false),
    TITLE("lower(coalesce(x.title, x.title_original))", false),
    STATUS("x.status", false),
    STATUS_SINCE("x.status_since", false),
    DUE("x.due_last_day", false),
    FOLLOW_UPS("x.follow_ups", true),
    LAST_FOLLOW_UP("x.last_follow_up_on", true),
    SESSIONS_ELAPSED("x.sessions_elapsed", true),
    LAST_CHANGED("x.last_changed_at", true),
    // A sub-select, so the query is built once per request rather than once per row (BENCHMARKS.md).
    RELEVANCE("ts_rank(x.search, (SELECT text_search_query(:q)))", false);

    private final String expression;
    /** Computed per item by item_overview only, so a list ordered by it cannot be paged on item_listing. */
    private final boolean aggregate;

    ItemSort(String expression, boolean aggregate) {
        this.expression = expression;
        this.aggregate = aggregate;
    }

    String orderBy(SortDirection direction) {
        return expression + " " + direction.name() + " NULLS LAST";
    }

    boolean needsAggregates() {
        return aggregate;
    }

    public enum SortDirection {
        ASC,
        DESC
    }
}
