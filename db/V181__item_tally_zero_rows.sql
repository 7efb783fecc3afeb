-- item_current_refresh deletes the tally rows a batch brought down to 0 (R__item_functions_5_current.sql);
-- this index finds them without reading the table.
CREATE INDEX rm_item_tally_zero_idx ON rm_item_tally (n) WHERE n = 0;
DELETE FROM rm_item_tally WHERE n = 0;
