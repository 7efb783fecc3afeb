-- The session view's introduced list (session_introduced, R__session_view.sql): a session's items in opening order,
-- with what decides whether the stored opening is the answer, read from the index alone. It contains the plain index
-- on session_id (V170), which it replaces for the other readers by session.
CREATE INDEX rm_item_current_session_opening_idx
    ON rm_item_current (session_id, opened_on, item_id) INCLUDE (last_changed_at);
DROP INDEX rm_item_current_session_idx;
