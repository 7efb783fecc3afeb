-- Read-model rows are sent in JDBC batches, one per statement (projection.BatchedRows), so an item's
-- child rows can reach the database before the rm_item row of an item opened in the same batch.
-- The batch defers these checks to its end (SET CONSTRAINTS ALL DEFERRED ... IMMEDIATE); everyone
-- else still has them checked at once, as before.
ALTER TABLE rm_item_statement ALTER CONSTRAINT rm_item_statement_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE rm_item_status ALTER CONSTRAINT rm_item_status_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE rm_item_follow_up ALTER CONSTRAINT rm_item_follow_up_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE rm_item_assessment ALTER CONSTRAINT rm_item_assessment_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE rm_item_link ALTER CONSTRAINT rm_item_link_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
ALTER TABLE rm_item_event ALTER CONSTRAINT rm_item_event_item_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
