-- Dashboard figures without a pass over all items (issue #17): the open items of rm_item_current counted
-- per origin and per (dimension, key), kept by item_current_refresh (R__item_functions_5_current.sql) in
-- the transaction that refreshes the rows, as the difference between the batch's old and new rows.
--
-- The origin is the item's session, or its actor when it has none: an item's body is its session's body
-- (or its actor when that is a body), and sessions are projected by another processor, so the body is
-- resolved when the dashboard is read, never stored. So is membership: a decision binding its own body
-- (actor = ANY(binds)) counts under BOUND (key: the body), and its explicit parties under BOUND_PARTY
-- (key: the party, via: the body), so that the members as of the date asked are added once each, and a
-- member the decision also names explicitly is not counted twice. Dimensions:
--   KIND, STATUS, THEME (one per element of themes, as the dashboard's grouping counts them),
--   PARTY (the actor and the binds, once each), BOUND, BOUND_PARTY, DUE (key: due_last_day, ISO text).
-- Rows that reach zero stay (deleting them would take locks in an order writers could deadlock on).
CREATE TABLE rm_item_tally (
    session_id VARCHAR(64) NOT NULL,  -- '' when the item has no session
    actor      VARCHAR(64) NOT NULL,  -- the actor when the item has no session, otherwise ''
    dimension  VARCHAR(16) NOT NULL,
    key        TEXT        NOT NULL,
    via        VARCHAR(64) NOT NULL,  -- the bound body for BOUND_PARTY, otherwise ''
    n          BIGINT      NOT NULL,
    PRIMARY KEY (session_id, actor, dimension, key, via)
);
CREATE INDEX rm_item_tally_actor_idx ON rm_item_tally (actor) WHERE session_id = '';

-- The dashboard's top lists today: each walks one of these in its order (ties by item id) and stops.
CREATE INDEX rm_item_current_due_order_idx ON rm_item_current (due_last_day, item_id) WHERE open;
CREATE INDEX rm_item_current_opened_order_idx ON rm_item_current (opened_on, item_id) WHERE open;
CREATE INDEX rm_item_current_follow_up_order_idx
    ON rm_item_current (follow_ups DESC, last_follow_up_on DESC NULLS LAST, item_id) WHERE follow_ups > 0;
CREATE INDEX rm_item_current_changed_order_idx ON rm_item_current (last_changed_at DESC, item_id);
-- Replaced by the two above, which also serve their range conditions.
DROP INDEX rm_item_current_changed_idx;
DROP INDEX rm_item_current_due_idx;
