-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The versioned files that first defined it stay as they were
-- applied (Flyway checks their checksums). The R__item_functions_* files run in name order, each function
-- after the ones it calls. CREATE OR REPLACE cannot change a function's columns: a change of columns
-- drops the function (and the ones that call it) in a versioned migration first.

-- Every item as of world date as_of, as the register stood at instant known_at: the statements
-- known at known_at, and the status of the highest version known then and dated on or before as_of.
-- An item whose recording is dated after as_of (or was recorded after known_at) is absent.
CREATE OR REPLACE FUNCTION item_state(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN)
    LANGUAGE sql STABLE AS $$
SELECT i.item_id, i.kind, i.session_id, i.document_type, i.category,
       s.actor, s.person, s.title, s.title_original, s.body_text,
       s.themes, s.binds, s.due_date, s.due_precision, s.due_last_day,
       s.search, o.world_date, o.world_precision,
       st.status, st.open, st.world_date,
       st.open AND s.due_last_day IS NOT NULL AND s.due_last_day < as_of
FROM rm_item i
JOIN rm_item_statement s ON s.item_id = i.item_id
     AND s.known_from <= known_at AND (s.known_until IS NULL OR s.known_until > known_at)
JOIN rm_item_status o ON o.item_id = i.item_id AND o.version = 0
     AND o.known_from <= known_at AND (o.known_until IS NULL OR o.known_until > known_at)
     AND o.world_date <= as_of
JOIN LATERAL (
    SELECT h.status, h.open, h.world_date FROM rm_item_status h
    WHERE h.item_id = i.item_id
      AND h.known_from <= known_at AND (h.known_until IS NULL OR h.known_until > known_at)
      AND h.world_date <= as_of
    ORDER BY h.version DESC
    LIMIT 1) st ON true
WHERE i.recorded_at <= known_at
$$;
