-- The list of every item at past axes in its default order (newest opening first, ties by id) walks the as-of
-- rectangles in that order and stops after the page (EveryItemPage, issue #17), instead of reading the 54,000
-- rectangles at the point of the full-size register to sort them. It carries the two ranges the point is tested
-- against, so the walk reads the index alone.
CREATE INDEX rm_item_span_opened_desc_idx ON rm_item_span (opened_on DESC NULLS LAST, item_id) INCLUDE (known, world);
