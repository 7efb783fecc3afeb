package org.commitmenttracker.item.query;

import io.swagger.v3.oas.annotations.Parameter;
import org.commitmenttracker.shared.paging.PageSlice;

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
        PageSlice slice = PageSlice.of(page, size, 20, MAX_SIZE);
        page = slice.page();
        size = slice.size();
        sort = sort == null ? ItemSort.OPENED : sort;
        direction = direction == null ? ItemSort.SortDirection.DESC : direction;
    }

    ItemOrder order() {
        return ItemOrder.by(sort, direction);
    }
}
