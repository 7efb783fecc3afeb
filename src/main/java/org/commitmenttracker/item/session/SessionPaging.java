package org.commitmenttracker.item.session;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.paging.PageSlice;

/**
 * Which page of a session view's item lists (introduced, followed up, carried over, closed since the previous session):
 * the same page of each, with each list's total. A body with a long record carries thousands of items (issue #17).
 */
public record SessionPaging(
        @Parameter(description = "Page of each item list, from 0")
        Integer page,

        @Parameter(description = "Items per list and page, 1 to 500 (default 500)")
        Integer size) {

    public static final int MAX_SIZE = 500;

    public SessionPaging {
        PageSlice slice = PageSlice.of(page, size, MAX_SIZE);
        page = slice.page();
        size = slice.size();
    }

    public static SessionPaging first() {
        return new SessionPaging(null, null);
    }

    long offset() {
        return new PageSlice(page, size).offset();
    }
}
