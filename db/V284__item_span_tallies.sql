-- The dashboard's counts at past axes without reading every rectangle at the point (issue #17): at full size one pass
-- over the 36,000 open rectangles at the point, and their grouping, took 54 + 20 ms of every request. The rectangles
-- of rm_item_span (V230) are summed here instead, per group of the columns the counts are taken by (kind, status,
-- open, themes, actor, binds, session, due date), along one axis at a time. How many rectangles of a group contain a
-- point of one axis is the sum, over their bounds on or before the point, of one up at each lower bound and one down
-- at each upper bound; so each table keeps those steps, summed per group and bound, and a count is a sum over a few
-- thousand rows.
--
-- rm_item_span_by_world: the rectangles known now (their recording range unbounded above), stepped at their world
-- dates. At (as_of, known_at) it answers for every item with no event recorded after known_at: such an item's
-- rectangles known now are the ones known then. rm_item_span_by_known: the rectangles whose world range is unbounded
-- above, stepped at the hour (UTC) of their recording bounds. Summed over the hours before known_at's, it answers for
-- every item with no event recorded from that hour to known_at and no status dated after as_of: such an item's
-- rectangle unbounded in world dates is then the one containing as_of, and the one known at known_at is the one known
-- at the start of its hour. The items either leaves out are counted from their own rectangles
-- (item_span_groups_by_world and _by_known, R__item_functions_4b_spans.sql), so both answer exactly at any point;
-- which is cheaper depends on the point (ItemSpanTally).
--
-- Kept by item_span_refresh (R__item_functions_4b_spans.sql) from the rectangles it removes and adds, so live batches
-- and the recomputation after a rebuild's replay keep them; emptied with the other derived tables
-- (item_derived_reset) and read only while rm_item_current_state.stale is false (V220). Closed items are stepped too,
-- so counts of every item (a scorecard's by party and status) can be taken the same way. A row that comes to 0 is
-- removed, and a group is kept only while a row names it, so the tables are the same however the items' changes fell
-- into batches.
CREATE TABLE rm_item_span_group (
    -- item_span_group_key of the columns: text, so that two groups never share a key.
    group_key    TEXT        PRIMARY KEY,
    kind         VARCHAR(16) NOT NULL,
    status       VARCHAR(32) NOT NULL,
    open         BOOLEAN     NOT NULL,
    themes       TEXT[]      NOT NULL,
    actor        VARCHAR(64) NOT NULL,
    binds        TEXT[]      NOT NULL,
    session_id   VARCHAR(64),
    due_last_day DATE
);
CREATE TABLE rm_item_span_by_world (
    open      BOOLEAN NOT NULL,
    on_date   DATE    NOT NULL,
    group_key TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    PRIMARY KEY (open, on_date, group_key)
);
CREATE TABLE rm_item_span_by_known (
    open       BOOLEAN     NOT NULL,
    known_hour TIMESTAMPTZ NOT NULL,
    group_key  TEXT        NOT NULL,
    n          INTEGER     NOT NULL,
    PRIMARY KEY (open, known_hour, group_key)
);
-- Whether a group is still named, when one of its rows came to 0; and those rows, which exist only until the end of
-- the refresh that zeroed them.
CREATE INDEX rm_item_span_by_world_group_idx ON rm_item_span_by_world (group_key) INCLUDE (n);
CREATE INDEX rm_item_span_by_known_group_idx ON rm_item_span_by_known (group_key) INCLUDE (n);
CREATE INDEX rm_item_span_by_world_zero_idx ON rm_item_span_by_world (group_key) WHERE n = 0;
CREATE INDEX rm_item_span_by_known_zero_idx ON rm_item_span_by_known (group_key) WHERE n = 0;

-- The dashboard's lists at past axes need candidates once the counts no longer read every open rectangle: the overdue
-- items soonest due (walked in due order until enough contain the point), and each session's earliest-opened open
-- items. Both carry what the walk tests, so it reads the index alone.
CREATE INDEX rm_item_span_open_due_idx ON rm_item_span (due_last_day, item_id)
    INCLUDE (known, world, session_id, actor) WHERE open;
CREATE INDEX rm_item_span_open_session_idx ON rm_item_span (session_id, opened_on, item_id)
    INCLUDE (known, world, actor) WHERE open;
