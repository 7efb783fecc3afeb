-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so redefining the
-- function is an edit here. It runs after R__item_functions_4b_spans.sql, whose item_span_listing it reads. It defines
-- no table's rows, so unlike the files before it, it leaves the derived tables as they are.

-- item_listing's rows at (as_of, known_at) for a reader that takes every item in scope at once (the scorecard at past
-- axes: each party's items by status, and its assessments joined to their items): from the as-of rectangles
-- (item_span_listing, V230) instead of every item's state computed from history, or from item_listing itself while the
-- rectangles are stale (V220; item_span_listing has no rows then). One statement, so no flag is read first; the last
-- branch is a one-time filter, not run while the flag is clear. One branch per partial index of V230 (kind and open
-- state written out): a reader that asks none of the texts then reads each kind's rectangles from its index alone,
-- 54,000 rows in about half the time of the general index and the table at full size. Every kind of ItemKind is
-- named: a new kind needs its partial indexes and its branches here. (A branch for any other kind cost 100 ms, as the
-- general index is walked even when it finds nothing.) A list of one page does not read this: its last branch, the
-- item_listing fallback, kept the page's conditions from going down into the index scans (R__item_functions_4b_spans.sql);
-- a reader of the whole scope has none to push. Lists read the same arms without that branch (ItemRows and SpanArms,
-- which asks the stale flag first and writes only the arms a filter can match).
CREATE OR REPLACE FUNCTION item_past_listing(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE)
    LANGUAGE sql STABLE AS $$
SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'DECISION' AND x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'DECISION' AND NOT x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'PROPOSAL' AND x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'PROPOSAL' AND NOT x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'PLEDGE' AND x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'PLEDGE' AND NOT x.open
UNION ALL SELECT x.* FROM item_span_listing(as_of, known_at) x WHERE x.kind = 'STATEMENT'
UNION ALL
SELECT l.* FROM item_listing(as_of, known_at) l
WHERE (SELECT c.stale FROM rm_item_current_state c)
$$;

-- The headings (kind, titles, status) of these items at (as_of, known_at), for the scorecard's page of item lines at
-- past axes: their rectangles found by item id, or item_listing's rows while the rectangles are stale. Through
-- item_span_listing, the planner probed the point in the box index (all 54,000 rows at full size) for a page of 500
-- items: 80-125 ms against 2 ms by id; and item_overview's aggregates, which a heading does not show, cost as much again.
CREATE OR REPLACE FUNCTION item_past_headings(ids VARCHAR[], as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, title TEXT, title_original TEXT, status VARCHAR)
    LANGUAGE sql STABLE AS $$
SELECT x.item_id, x.kind, s.title, s.title_original, x.status
FROM rm_item_span x
LEFT JOIN rm_item_statement s ON s.item_id = x.item_id AND s.revision = x.revision
WHERE x.item_id = ANY(ids) AND x.known @> known_at AND x.world @> as_of
  AND NOT (SELECT c.stale FROM rm_item_current_state c)
UNION ALL
SELECT l.item_id, l.kind, l.title, l.title_original, l.status FROM item_listing(as_of, known_at) l
WHERE l.item_id = ANY(ids) AND (SELECT c.stale FROM rm_item_current_state c)
$$;
