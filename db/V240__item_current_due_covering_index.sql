-- The dashboard's deadlines (issue #17): the open items overdue or due soon, earliest first, with how many there are.
-- At 100,000 items about 44,000 open items are overdue, and counting them read each one's row of rm_item_current
-- (wide: texts and search vector) to test whether the stored row is the answer today (settled_on, last_changed_at).
-- This index carries those columns and what the page joins on, so the count and the page read the index alone. It
-- replaces V180's index on the same keys, so the dashboard's top lists walk it as they walked that one.
CREATE INDEX rm_item_current_open_due_idx ON rm_item_current (due_last_day, item_id)
    INCLUDE (settled_on, last_changed_at, session_id, actor) WHERE open;
DROP INDEX rm_item_current_due_order_idx;
