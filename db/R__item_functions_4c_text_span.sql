-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so redefining a
-- function is an edit here. The R__item_functions_* files run in name order: this one after
-- R__item_functions_4b_spans.sql, whose rectangles it reads, and before R__item_functions_5_current.sql, whose
-- item_current_refresh calls item_text_span_refresh.

-- These items' rows of rm_item_text_span (V255) from their rectangles of rm_item_span: per recording interval, the
-- statement revision then known and the opening date (the first world date of its rectangles, which run on from there
-- without a gap; AsOfEquivalenceTest compares the two at every corner where an answer changes), then the intervals of
-- one revision and opening merged. An item has one row or a few, so they are all replaced: keeping the unchanged ones,
-- as item_span_refresh does, tested every stored row against every fresh one (a nested loop over the CTE), 80 ms for a
-- chunk of 500 items where replacing them all takes 40.
CREATE OR REPLACE FUNCTION item_text_span_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
DELETE FROM rm_item_text_span WHERE item_id = ANY(ids);
WITH intervals AS (
    SELECT x.item_id, x.revision, x.known, min(lower(x.world)) AS opened_on FROM rm_item_span x
    WHERE x.item_id = ANY(ids)
    GROUP BY x.item_id, x.revision, x.known)
INSERT INTO rm_item_text_span (item_id, revision, opened_on, known, search)
SELECT k.item_id, k.revision, k.opened_on, k.known, s.search
FROM (SELECT i.item_id, i.revision, i.opened_on, range_agg(i.known) AS known FROM intervals i
      GROUP BY i.item_id, i.revision, i.opened_on) k
JOIN rm_item_statement s ON s.item_id = k.item_id AND s.revision = k.revision;
$$;

-- The items a free-text query q finds at (as_of, known_at), each with its relevance (ts_rank of its statement's search
-- vector, as ItemSort.RELEVANCE ranks item_overview's rows): the rows of rm_item_text_span listed at the axes whose
-- search vector matches, or whose item matches by its Russian summary or by a note of a follow-up or a status change
-- (the arms of ItemConditions' text match, as arrays so that the planner makes one bitmap of the GIN index and the
-- item index). No rows while the derived tables are stale (V220): the stale flag gates the instant itself, as in
-- item_span_listing, and readers ask the flag first (RankedSearch).
CREATE OR REPLACE FUNCTION item_text_hits(q TEXT, as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, relevance REAL)
    LANGUAGE sql STABLE AS $$
SELECT t.item_id, ts_rank(t.search, (SELECT text_search_query(q)))
FROM rm_item_text_span t
WHERE t.known @> (SELECT CASE WHEN c.stale THEN NULL ELSE known_at END FROM rm_item_current_state c)
  AND t.opened_on <= as_of
  AND (t.search @@ (SELECT text_search_query(q))
       OR t.item_id = ANY(ARRAY(SELECT i.item_id FROM rm_item i
                                WHERE i.summary_search @@ (SELECT text_search_query(q)) AND i.recorded_at <= known_at))
       OR t.item_id = ANY(ARRAY(SELECT f.item_id FROM rm_item_follow_up f
                                WHERE f.search @@ (SELECT text_search_query(q)) AND f.recorded_at <= known_at
                                  AND f.world_date <= as_of))
       OR t.item_id = ANY(ARRAY(SELECT h.item_id FROM rm_item_status h
                                WHERE h.search @@ (SELECT text_search_query(q)) AND h.known_from <= known_at
                                  AND (h.known_until IS NULL OR h.known_until > known_at) AND h.world_date <= as_of)))
$$;

-- What the rows are may have changed with this file: the derived tables are emptied and recomputed in the background
-- (item_derived_reset, R__item_functions_0_derived.sql).
SELECT item_derived_reset(NULL);
