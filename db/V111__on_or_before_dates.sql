-- A world date may be an upper bound, "on or before 10 Jan 2022" (precision ON_OR_BEFORE, stored as
-- its bound day; docs/dates.md). The precision columns were sized for DAY, MONTH and YEAR.
ALTER TABLE rm_item_statement ALTER COLUMN due_precision TYPE VARCHAR(16);
ALTER TABLE rm_item_status ALTER COLUMN world_precision TYPE VARCHAR(16);
ALTER TABLE rm_item_follow_up ALTER COLUMN world_precision TYPE VARCHAR(16);
ALTER TABLE rm_session ALTER COLUMN world_precision TYPE VARCHAR(16);
