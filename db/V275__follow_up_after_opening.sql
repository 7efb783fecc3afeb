-- The session view's followed-up list counts a session's follow-ups of items there at the view's axes: for each of a
-- session's 2,475 follow-ups at full size, a probe of the item's opening in rm_item_status (14-27 ms of a view, issue
-- #17). A follow-up is recorded after its item and counted only when dated by as_of, so the item is there whenever no
-- dating of its opening, known at any instant, is later than the follow-up's date: only a follow-up dated before a
-- (corrected) opening date needs the probe. after_opening says that no such dating exists; false makes the reader
-- probe, so false is always safe and true must be exact.
--
-- Kept by triggers, so that live batches and a rebuild's replay (which empties the table and inserts every row again)
-- keep it alike, whichever of a batch's rows are sent first: a follow-up checks the item's openings when inserted, and
-- a new dating of an opening (version 0 of rm_item_status, by WORLD_DATE corrections) clears it on the item's earlier
-- follow-ups. Follow-up rows are never redated (only rm_item_status rows are).
ALTER TABLE rm_item_follow_up ADD COLUMN after_opening BOOLEAN NOT NULL DEFAULT false;

CREATE FUNCTION item_follow_up_after_opening() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.after_opening := NOT EXISTS (SELECT 1 FROM rm_item_status o
                                     WHERE o.item_id = NEW.item_id AND o.version = 0
                                       AND o.world_date > NEW.world_date);
    RETURN NEW;
END
$$;

CREATE TRIGGER item_follow_up_after_opening BEFORE INSERT ON rm_item_follow_up
    FOR EACH ROW EXECUTE FUNCTION item_follow_up_after_opening();

CREATE FUNCTION item_opening_dated() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE rm_item_follow_up f SET after_opening = false
    WHERE f.item_id = NEW.item_id AND f.world_date < NEW.world_date AND f.after_opening;
    RETURN NULL;
END
$$;

CREATE TRIGGER item_opening_dated AFTER INSERT ON rm_item_status
    FOR EACH ROW WHEN (NEW.version = 0) EXECUTE FUNCTION item_opening_dated();

-- The rows stored already. Without the search trigger (R__item_search.sql, defined once the versioned migrations have
-- run, so not yet on a new database), which would recompute every row's search vector unchanged.
DO $$
DECLARE
    searched BOOLEAN := EXISTS (SELECT 1 FROM pg_trigger
                                WHERE tgname = 'item_follow_up_search' AND tgrelid = 'rm_item_follow_up'::regclass);
BEGIN
    IF searched THEN
        ALTER TABLE rm_item_follow_up DISABLE TRIGGER item_follow_up_search;
    END IF;
    UPDATE rm_item_follow_up f SET after_opening = true
    WHERE NOT EXISTS (SELECT 1 FROM rm_item_status o
                      WHERE o.item_id = f.item_id AND o.version = 0 AND o.world_date > f.world_date);
    IF searched THEN
        ALTER TABLE rm_item_follow_up ENABLE TRIGGER item_follow_up_search;
    END IF;
END
$$;

-- V241's index, now also carrying the flag, so that the list's count stays index-only.
DROP INDEX rm_item_follow_up_session_order_idx;
CREATE INDEX rm_item_follow_up_session_order_idx
    ON rm_item_follow_up (session_id, world_date, item_id, version) INCLUDE (recorded_at, after_opening);
