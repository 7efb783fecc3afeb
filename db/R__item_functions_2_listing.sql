-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The versioned files that first defined it stay as they were
-- applied (Flyway checks their checksums). The R__item_functions_* files run in name order, each function
-- after the ones it calls. CREATE OR REPLACE cannot change a function's columns: a change of columns
-- drops the function (and the ones that call it) in a versioned migration first.

-- item_overview without its per-item aggregates (follow-ups, sessions elapsed, version): enough to
-- filter, order and page a list. ItemRows pages with this and then reads item_overview for the page's
-- rows only, so the aggregates are computed for 20 rows rather than for every match (BENCHMARKS.md).
CREATE OR REPLACE FUNCTION item_listing(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE)
    LANGUAGE sql STABLE AS $$
-- A session's title and date as corrected by SessionCorrected (V135), on the same two time axes.
SELECT x.*, coalesce(os.body, b.code), os.title, os.world_date
FROM item_state(as_of, known_at) x
LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = x.session_id
LEFT JOIN rm_body b ON b.code = x.actor
$$;
