-- The Russian summary (V100) is found by free-text search like the item's other texts. It is set once, when the item
-- is recorded, so it lives on rm_item rather than on each revision; the trigger that fills this column is in
-- R__item_search.sql.
ALTER TABLE rm_item ADD COLUMN summary_search TSVECTOR;
CREATE INDEX rm_item_summary_search_idx ON rm_item USING gin (summary_search);
