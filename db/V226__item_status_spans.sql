-- The session view's lists are about the session's own date: the body's items open then (carried over) and those
-- closed since the previous session (issue #17). From the current-state table (V170) alone, every item changed since
-- that date needed its status at the date looked up in rm_item_status, one probe per item: about 40,000 probes for
-- one view of a session at 100,000 items (0.5-1 s).
--
-- Here each item's status as known now is laid out over world dates: one row per stretch of dates [from_on,
-- until_on) over which one status version is the answer (the highest version dated on or before the date, as
-- item_state takes it), from the item's opening on. So "which items were open on D" is one range scan. Each row also
-- carries the item's columns that the lists select, filter and order by, so the scan reads no other table. Kept by
-- item_status_span_refresh (R__item_functions_4b_status_spans.sql), which item_current_refresh calls for the items it
-- refreshes, so it follows the current-state table: rebuilt after a replay by the same recomputation, and like it
-- the answer at (as_of, known_at) only for items whose last change was recorded by known_at, and only when
-- rm_item_current_state.stale is false (V220).
CREATE TABLE rm_item_status_span (
    item_id         VARCHAR(64) NOT NULL,
    from_on         DATE        NOT NULL,
    -- 'infinity' while no later version is dated.
    until_on        DATE        NOT NULL,
    status          VARCHAR(32) NOT NULL,
    open            BOOLEAN     NOT NULL,
    -- The world date of the status version: item_state's status_since.
    status_since    DATE        NOT NULL,
    session_id      VARCHAR(64),
    actor           VARCHAR(64) NOT NULL,
    opened_on       DATE        NOT NULL,
    last_changed_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (item_id, from_on)
);
-- Carried over: open stretches that began by the session's date (then filtered to those still running), index-only.
CREATE INDEX rm_item_status_span_open_idx ON rm_item_status_span (open, from_on)
    INCLUDE (until_on, last_changed_at, session_id, actor, opened_on, status_since, item_id);
-- Closed since the previous session: closed stretches whose status is dated between the two sessions.
CREATE INDEX rm_item_status_span_since_idx ON rm_item_status_span (open, status_since)
    INCLUDE (from_on, until_on, last_changed_at, session_id, actor, opened_on, item_id);

-- Items changed after a past known_at are computed from history; of those, a session's lists need only the ones
-- opened by its date. Leading with last_changed_at, so that for today the range is empty at once.
CREATE INDEX rm_item_current_changed_opened_idx ON rm_item_current (last_changed_at, opened_on) INCLUDE (item_id);
-- ... and the few whose opening date was ever corrected, since their opening known then may differ from today's.
CREATE INDEX rm_item_status_opening_corrected_idx ON rm_item_status (item_id)
    WHERE version = 0 AND known_until IS NOT NULL;

-- Sessions elapsed (item_current, item_overview) counts a body's sessions between two dates, known at an instant:
-- per item row, an index scan that fetched every session's heap row for recorded_at. A session view lists about 2,500
-- followed-up items, each counting about 100 sessions: 165,000 heap visits. With recorded_at in the index it is
-- index-only.
CREATE INDEX rm_session_elapsed_idx ON rm_session (body, world_date) INCLUDE (recorded_at);
