package org.commitmenttracker.shared.paging;

import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * A checked page request: {@code page} from 0 (default 0), {@code size} from 1 to a maximum (default given, or the
 * maximum). A value out of range is refused as an {@link InvalidField} naming {@code page} or {@code size}, the query
 * parameters' names, so every paged read answers the same problem+json.
 */
public record PageSlice(int page, int size) {

    public static PageSlice of(Integer page, Integer size, int maxSize) {
        return of(page, size, maxSize, maxSize);
    }

    public static PageSlice of(Integer page, Integer size, int defaultSize, int maxSize) {
        int checkedPage = page == null ? 0 : page;
        int checkedSize = size == null ? defaultSize : size;
        if (checkedPage < 0) {
            throw new InvalidField("page", "must be 0 or more");
        }
        if (checkedSize < 1 || checkedSize > maxSize) {
            throw new InvalidField("size", "must be between 1 and " + maxSize);
        }
        return new PageSlice(checkedPage, checkedSize);
    }

    /** The rows before this page. */
    public long offset() {
        return (long) page * size;
    }
}
