-- How many items were open on a date, without reading them (issue #17): the session view's carried-over list counts
-- every item of the body open on the session's date, about 30,000 at 100,000 items, and counting them from the status
-- spans (V226) read 90,000 index entries per view. Each open span of an item adds one on its first date and takes one
-- away on the date it ends; the items open on D are the sum over dates up to D. Rows are keyed by the item's session
-- ('' for none) and actor, from which the reader finds the body as item_listing does. Kept with the spans by
-- item_status_span_refresh (R__item_functions_4b_status_spans.sql), rebuilt with them after a replay, and read only
-- while rm_item_current_state.stale is false (V220). A row that comes to 0 is removed, so the table is the same
-- however the items' changes fell into batches.
CREATE TABLE rm_item_open_tally (
    session_id VARCHAR(64) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    on_date    DATE        NOT NULL,
    n          BIGINT      NOT NULL,
    PRIMARY KEY (session_id, actor, on_date)
);
-- The carried-over page: open spans in opening order, to stop after the page instead of sorting every open item.
CREATE INDEX rm_item_status_span_opened_idx ON rm_item_status_span (open, opened_on, item_id)
    INCLUDE (from_on, until_on, last_changed_at, session_id, actor);
