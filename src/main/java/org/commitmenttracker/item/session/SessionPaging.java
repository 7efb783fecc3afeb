package org.commitmenttracker.item.session;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * Which page of a session view's item lists (introduced, carried over, closed since the previous session) to return:
 * the same page of each, with each list's total. A body with a long record carries thousands of items (issue #17).
 */
public record SessionPaging(
        @Parameter(description = "Page of each item list, from 0")
        Integer page,

        @Parameter(description = "Items per list and page, 1 to 500 (default 500)")
        Integer size) {

    public static final int MAX_SIZE = 500;

    public SessionPaging {
        page = page == null ? 0 : page;
        size = size == null ? MAX_SIZE : size;
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static SessionPaging first() {
        return new SessionPaging(null, null);
    }

    long offset() {
        return (long) page * size;
    }
}
