-- item_overview without its per-item aggregates (follow-ups, sessions elapsed, version): enough to
-- filter, order and page a list. ItemRows pages with this and then reads item_overview for the page's
-- rows only, so the aggregates are computed for 20 rows rather than for every match (BENCHMARKS.md).
CREATE FUNCTION item_listing(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE)
    LANGUAGE sql STABLE AS $$
SELECT x.*, coalesce(os.body, b.code), os.title, os.world_date
FROM item_state(as_of, known_at) x
LEFT JOIN rm_session os ON os.session_id = x.session_id
LEFT JOIN rm_body b ON b.code = x.actor
$$;
