package org.commitmenttracker.item.session;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.paging.PageSlice;

/**
 * Which page of a session view's item lists (introduced, followed up, carried over, closed since the previous session):
 * the same page of each, with each list's total. A body with a long record carries thousands of items (issue #17).
 *
 * <p>A page holds {@value #DEFAULT_SIZE} items per list unless asked for more: a real session introduces and follows up
 * a few dozen items, which fit on one page, while a body's carried-over list grows with its whole record. At 100,000
 * items four lists of 500 rows made an answer of about 1.3 MB, and building and sending it, not the database, took most
 * of the session view's time (BENCHMARKS.md, issue #17).
 */
public record SessionPaging(
        @Parameter(description = "Page of each item list, from 0")
        Integer page,

        @Parameter(description = "Items per list and page, 1 to 500 (default 50)")
        Integer size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    public SessionPaging {
        PageSlice slice = PageSlice.of(page, size, DEFAULT_SIZE, MAX_SIZE);
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
