package org.commitmenttracker.reporting.scorecard;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.paging.PageSlice;

/**
 * Which slice of a scorecard's item lines (or a party's scores) to return: an unfiltered scorecard has a line per
 * assessed item, 100,000 in a large register (issue #17). Party lines and averages always cover every item in scope.
 */
public record ScorecardPaging(
        @Parameter(description = "Page of item lines, from 0")
        Integer page,

        @Parameter(description = "Item lines per page, 1 to 500 (default 500)")
        Integer size) {

    public static final int MAX_SIZE = 500;

    public ScorecardPaging {
        PageSlice slice = PageSlice.of(page, size, MAX_SIZE);
        page = slice.page();
        size = slice.size();
    }

    public static ScorecardPaging first() {
        return new ScorecardPaging(null, null);
    }

    long offset() {
        return new PageSlice(page, size).offset();
    }
}
