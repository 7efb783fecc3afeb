package org.commitmenttracker.reporting.scorecard;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.refusal.InvalidField;

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
        page = page == null ? 0 : page;
        size = size == null ? MAX_SIZE : size;
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static ScorecardPaging first() {
        return new ScorecardPaging(null, null);
    }

    long offset() {
        return (long) page * size;
    }
}
