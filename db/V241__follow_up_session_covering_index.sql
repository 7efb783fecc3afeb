-- A session's follow-ups in the session view's order, with what its conditions test (issue #17): the followed-up list
-- pages and counts a session's follow-ups by their keys from this index alone, and reads only the page's rows whole.
-- It replaces the plain index on session_id, which it contains (the per-session counts use it the same way).
CREATE INDEX rm_item_follow_up_session_order_idx
    ON rm_item_follow_up (session_id, world_date, item_id, version) INCLUDE (recorded_at);
DROP INDEX rm_item_follow_up_session_idx;
