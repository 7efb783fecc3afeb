-- An item's search document was a generated column (V10). PostgreSQL 15 cannot alter a generated
-- column's expression, so searching one more text column would mean dropping and re-adding it. It
-- becomes a plain column that a trigger fills (R__item_search.sql): adding a column to the search is
-- then one line in that file, and the file, rerun by Flyway whenever it changes, recomputes the rows
-- already stored. The index is rebuilt with the column; item_state reads it under the same name.
ALTER TABLE rm_item_statement DROP COLUMN search;
ALTER TABLE rm_item_statement ADD COLUMN search TSVECTOR;
CREATE INDEX rm_item_statement_search_idx ON rm_item_statement USING GIN (search);

-- Follow-up notes are searched too: what was said about an item at a later session is often the only
-- place its wording is found. Filled by the same file's trigger.
ALTER TABLE rm_item_follow_up ADD COLUMN search TSVECTOR;
CREATE INDEX rm_item_follow_up_search_idx ON rm_item_follow_up USING GIN (search);
