-- item_overview's per-item aggregates at a past date (follow-ups known and dated by then, the version known
-- then) read every follow-up and event row of the item: a page of the heap each, since an item's rows are
-- written over its whole life. At as-of dates the dashboard's snapshot asks this of every item in scope
-- (issue #17). With the columns the filters and aggregates read in the index, the lookups are index-only.
CREATE INDEX rm_item_follow_up_as_of_idx ON rm_item_follow_up (item_id, world_date DESC, version DESC)
    INCLUDE (recorded_at, session_id);
CREATE INDEX rm_item_event_as_of_idx ON rm_item_event (item_id, version DESC) INCLUDE (recorded_at);
