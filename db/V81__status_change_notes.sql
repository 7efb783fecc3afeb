-- A status change's note ("reported as not implemented at the session", "the draft was circulated and
-- adopted") is kept with the dated status row, so it can be searched as of its date and recording.
-- Its search document is filled by the trigger of R__item_search.sql. Rows projected before this
-- migration have no note until the item projection is rebuilt (admin: projections, rebuild items).
ALTER TABLE rm_item_status ADD COLUMN note TEXT;
ALTER TABLE rm_item_status ADD COLUMN search TSVECTOR;
CREATE INDEX rm_item_status_search_idx ON rm_item_status USING GIN (search);
