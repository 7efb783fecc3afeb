-- The dashboard's most-followed-up list at past axes (issue #17) ranked every item by its follow-ups within both
-- bounds: 233,626 index entries and 49,000 groups, about 75 ms at full size. Follow-up rows are only ever added, so
-- an item's count at any point is at most its count today, and is exactly today's count (with today's latest date)
-- when every one of its follow-ups is dated on or before as_of and was recorded by known_at. The latest date is
-- last_follow_up_on; this column is the latest recording instant (NULL without follow-ups). Filled by
-- item_current_refresh (R__item_functions_5_current.sql), whose change empties and recomputes the table.
ALTER TABLE rm_item_current ADD COLUMN last_follow_up_known_at TIMESTAMPTZ;
-- V180's walk in the list's order, now carrying what decides whether today's count is the count at a past point, so
-- the walk reads the index alone. Today's list (ItemTally) walks it in the same order as before.
CREATE INDEX rm_item_current_follow_up_bound_idx
    ON rm_item_current (follow_ups DESC, last_follow_up_on DESC NULLS LAST, item_id)
    INCLUDE (last_follow_up_known_at) WHERE follow_ups > 0;
DROP INDEX rm_item_current_follow_up_order_idx;
