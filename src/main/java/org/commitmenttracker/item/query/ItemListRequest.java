package org.commitmenttracker.item.query;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.refusal.InvalidField;

/** Paging and order of the item list. */
public record ItemListRequest(
        @Parameter(description = "Page number, from 0") Integer page,

        @Parameter(description = "Rows per page, 1 to 500 (default 20)")
        Integer size,

        @Parameter(description = "Order; RELEVANCE needs q. Default: OPENED, newest first")
        ItemSort sort,

        @Parameter(description = "ASC or DESC (default DESC)")
        ItemSort.SortDirection direction) {

    static final int MAX_SIZE = 500;

    public ItemListRequest {
        page = page == null ? 0 : page;
        size = size == null ? 20 : size;
        sort = sort == null ? ItemSort.OPENED : sort;
        direction = direction == null ? ItemSort.SortDirection.DESC : direction;
        if (page < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidField("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    ItemOrder order() {
        return ItemOrder.by(sort, direction);
    }
}
