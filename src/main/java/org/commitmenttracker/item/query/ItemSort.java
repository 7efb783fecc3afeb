package org.commitmenttracker.item.query;

/** Orders of the item list; ties are always broken by item id so pages never overlap. */
public enum ItemSort {
    OPENED("x.opened_on"),
    TITLE("lower(coalesce(x.title, x.title_original))"),
    STATUS("x.status"),
    DUE("x.due_last_day"),
    FOLLOW_UPS("x.follow_ups"),
    LAST_FOLLOW_UP("x.last_follow_up_on"),
    SESSIONS_ELAPSED("x.sessions_elapsed"),
    LAST_CHANGED("x.last_changed_at"),
    // A sub-select, so the query is built once per request rather than once per row (BENCHMARKS.md).
    RELEVANCE("ts_rank(x.search, (SELECT text_search_query(:q)))");

    private final String expression;

    ItemSort(String expression) {
        this.expression = expression;
    }

    public String orderBy(SortDirection direction) {
        return expression + " " + direction.name() + " NULLS LAST";
    }

    public enum SortDirection {
        ASC,
        DESC
    }
}
