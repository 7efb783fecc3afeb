-- The recomputation of the derived tables (CurrentStateRecomputation) in chunks that several workers take at once,
-- rather than one cursor that a single worker moves. Once the replay is applied, the items are laid out in ranges
-- (rm_item_current_chunk); a worker claims one with FOR UPDATE SKIP LOCKED, recomputes its items and deletes it, in one
-- transaction. A worker stopped halfway rolls back and its range is claimed again by whoever resumes; the last range
-- has no upper bound, so an item created meanwhile is covered too. The ranges are laid out once per recomputation
-- (chunks_laid_out), and item_derived_reset empties them.
ALTER TABLE rm_item_current_state DROP COLUMN recomputed_through;
ALTER TABLE rm_item_current_state ADD COLUMN chunks_laid_out BOOLEAN NOT NULL DEFAULT false;

CREATE TABLE rm_item_current_chunk (
    after_item    VARCHAR(64) PRIMARY KEY,
    through_item  VARCHAR(64)
);
