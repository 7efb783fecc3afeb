-- Repeatable (R__): redefining the function is an edit here. It runs before the other R__item_functions_* files (name
-- order), whose last statements call it.

-- Empties the tables derived from the items' versioned rows (the current-state table, V170, the dashboard's and
-- scorecard's tallies, V180 and V185, the as-of rectangles, V230, and their steps, V284, the session view's status
-- spans and their tally, V226 and V227, the search's rows, V255, and the scorecard's rectangles and their steps, V285)
-- and marks them stale (V220), for CurrentStateRecomputation to fill again in chunks, from the versioned rows, in the
-- background (its chunks, V320, are laid out again). Reads compute from the versioned rows meanwhile, so every answer
-- stays the same, only slower, until the recomputation ends.
--
-- Two callers. A rebuild (ItemTables.truncate) passes the newest stored event, which the replay must have applied
-- before the recomputation starts. A migration that redefines how the tables are computed passes NULL: the events are
-- applied already. Recomputing every item inside the migration instead took minutes at 100,000 items, and where Flyway
-- uses the application's connections it passed their 15 s statement limit, so the tracker did not start (issue #17).
-- On an empty register there is nothing to recompute, and nothing is marked.
--
-- The state row is updated first: that takes its lock, which every chunk of a recomputation in progress holds (shared),
-- so the truncation waits for them instead of deadlocking with them.
CREATE OR REPLACE FUNCTION item_derived_reset(replay_boundary BIGINT) RETURNS VOID
    LANGUAGE sql AS $$
UPDATE rm_item_current_state
SET stale = (replay_boundary IS NOT NULL OR EXISTS (SELECT 1 FROM rm_item)),
    chunks_laid_out = false, replayed_through = replay_boundary;
TRUNCATE rm_item_current_chunk, rm_item_tally, rm_item_scorecard_cell, rm_item_scorecard_tally,
    rm_item_scorecard_items, rm_item_scorecard_party, rm_item_scorecard_status, rm_item_current, rm_item_span, rm_item_status_span,
    rm_item_open_tally, rm_item_text_span, rm_item_score_span, rm_item_score_step, rm_item_span_group,
    rm_item_span_by_world, rm_item_span_by_known;
$$;
