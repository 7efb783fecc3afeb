-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so redefining the
-- function is an edit here. It runs after R__item_functions_4b_spans.sql, whose item_span_listing it reads. It defines
-- no table's rows, so unlike the files before it, it leaves the derived tables as they are.

-- item_listing's rows at (as_of, known_at) for a reader that takes every item in scope at once (the scorecard at past
-- axes: each party's items by status, and its assessments joined to their items): from the as-of rectangles
-- (item_span_listing, V230) instead of every item's state computed from history, or from item_listing itself while the
-- rectangles are stale (V220; item_span_listing has no rows then). One statement, so no flag is read first; the other
-- branch is a one-time filter, not run. A list of one page does not read this: with the UNION ALL its conditions no
-- longer went down into the index scan (R__item_functions_4b_spans.sql); a reader of the whole scope has none to push.
CREATE OR REPLACE FUNCTION item_past_listing(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE)
    LANGUAGE sql STABLE AS $$
SELECT x.* FROM item_span_listing(as_of, known_at) x
UNION ALL
SELECT l.* FROM item_listing(as_of, known_at) l
WHERE (SELECT c.stale FROM rm_item_current_state c)
$$;
