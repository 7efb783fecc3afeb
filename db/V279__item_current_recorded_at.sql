-- The session view known at a past instant needs the items whose stored rows are not their answer then and that were
-- recorded by then (session_known_changed, R__session_view.sql). Found from rm_item_current's changed-since index
-- and then looked up one by one in rm_item for their recording instant: at full size, known at 2021-07-05, 4,000 items
-- for each session of 2019-2020 (the benchmark's own items, backdated to its first session and recorded later), none
-- of them recorded by then, 15-30 ms a view (issue #17). The item's first recording instant never changes: copied
-- here from rm_item when a row is inserted (by item_current_refresh, live or after a rebuild's replay, which empties
-- the table first), and carried by the changed-since index, so the set is one range of that index.
ALTER TABLE rm_item_current ADD COLUMN recorded_at TIMESTAMPTZ;

CREATE FUNCTION item_current_recorded_at() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.recorded_at := (SELECT i.recorded_at FROM rm_item i WHERE i.item_id = NEW.item_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER item_current_recorded_at BEFORE INSERT ON rm_item_current
    FOR EACH ROW EXECUTE FUNCTION item_current_recorded_at();

UPDATE rm_item_current c SET recorded_at = i.recorded_at FROM rm_item i WHERE i.item_id = c.item_id;
ALTER TABLE rm_item_current ALTER COLUMN recorded_at SET NOT NULL;

DROP INDEX rm_item_current_changed_opened_idx;
CREATE INDEX rm_item_current_changed_opened_idx ON rm_item_current (last_changed_at, opened_on)
    INCLUDE (item_id, recorded_at);
