-- Whether rm_item_current (V170) and the tallies kept with it (V180, V185) hold every item. A rebuild's replay
-- leaves them alone: recomputing an item's row once per batch that holds one of its events rewrote each row
-- many times and bound the whole rebuild (BENCHMARKS.md, sixth session). The items projection's reset marks
-- them stale and sets `replayed_through` to the newest event stored: events up to it are applied without the
-- refresh. Once the processor has applied every one of them, the tables are recomputed in chunks of items, in
-- item order, and `recomputed_through` is the last item done, so an interrupted recomputation resumes where it
-- stopped. While stale, every read computes from the versioned tables, as it does for past dates.
CREATE TABLE rm_item_current_state (
    only_row            BOOLEAN PRIMARY KEY DEFAULT true CHECK (only_row),
    stale               BOOLEAN NOT NULL,
    replayed_through    BIGINT,
    recomputed_through  VARCHAR(64)
);
INSERT INTO rm_item_current_state (stale) VALUES (false);
