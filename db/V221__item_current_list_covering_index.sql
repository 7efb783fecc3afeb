-- Today's item list counts every matching item for its total and sorts them for its page (issue #17). Read
-- from the heap, that was a pass over rm_item_current's wide rows (search vector, texts): at 30,000 items
-- 2,928 pages and 30 ms for the benchmark's typical filters (kind, open, party). This index carries what
-- those filters, item_current's own conditions and joins, and the default order read, so the count and the
-- page are index-only scans: 6,400 index entries and 1.7 ms for the same query.
CREATE INDEX rm_item_current_list_idx ON rm_item_current (kind, open)
    INCLUDE (actor, binds, session_id, settled_on, last_changed_at, opened_on, item_id);
