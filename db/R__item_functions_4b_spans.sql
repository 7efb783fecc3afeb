-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining a function is an edit here. The R__item_functions_* files run in name order: this one before
-- R__item_functions_5_current.sql, whose item_current_refresh calls item_span_refresh.

-- The rectangles of rm_item_span (V230) for these items, computed from their versioned rows. What item_state
-- answers for an item changes along the recording axis only at an instant where one of its statement or status
-- rows became known or was replaced (or the item was recorded): between two such instants the same rows are
-- known. Along the world axis, at one recording instant, it changes only at the world dates of the status rows
-- then known (from the opening's date on; before it the item is absent). So each interval between those instants,
-- cut at those dates, is one rectangle, and its state is item_state's at its lower corner.
CREATE OR REPLACE FUNCTION item_span_rows(ids VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, known TSTZRANGE, world DATERANGE, revision BIGINT, kind VARCHAR,
                   session_id VARCHAR, document_type VARCHAR, category VARCHAR, actor VARCHAR, person VARCHAR,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   opened_on DATE, opened_precision VARCHAR, status VARCHAR, open BOOLEAN, status_since DATE)
    LANGUAGE sql STABLE AS $$
WITH cut AS (
    SELECT i.item_id, i.recorded_at AS at FROM rm_item i WHERE i.item_id = ANY(ids)
    UNION
    SELECT s.item_id, unnest(ARRAY[s.known_from, s.known_until]) FROM rm_item_statement s WHERE s.item_id = ANY(ids)
    UNION
    SELECT h.item_id, unnest(ARRAY[h.known_from, h.known_until]) FROM rm_item_status h WHERE h.item_id = ANY(ids)),
known AS (
    SELECT c.item_id, c.at AS known_from, lead(c.at) OVER (PARTITION BY c.item_id ORDER BY c.at) AS known_until
    FROM cut c WHERE c.at IS NOT NULL),
-- At each interval: the statement and the opening then known, if the item was recorded by then.
known_state AS (
    SELECT k.item_id, k.known_from, k.known_until, i.kind, i.session_id, i.document_type, i.category,
           s.revision, s.actor, s.person, s.themes, s.binds, s.due_date, s.due_precision, s.due_last_day,
           o.world_date AS opened_on, o.world_precision AS opened_precision
    FROM known k
    JOIN rm_item i ON i.item_id = k.item_id AND i.recorded_at <= k.known_from
    JOIN rm_item_statement s ON s.item_id = k.item_id
         AND s.known_from <= k.known_from AND (s.known_until IS NULL OR s.known_until > k.known_from)
    JOIN rm_item_status o ON o.item_id = k.item_id AND o.version = 0
         AND o.known_from <= k.known_from AND (o.known_until IS NULL OR o.known_until > k.known_from)),
-- Cut along the world axis at the dates of the status rows then known, from the opening's date on.
steps AS (
    SELECT x.*, w.world_from,
           lead(w.world_from) OVER (PARTITION BY x.item_id, x.known_from ORDER BY w.world_from) AS world_until
    FROM known_state x
    CROSS JOIN LATERAL (
        SELECT DISTINCT greatest(h.world_date, x.opened_on) AS world_from FROM rm_item_status h
        WHERE h.item_id = x.item_id
          AND h.known_from <= x.known_from AND (h.known_until IS NULL OR h.known_until > x.known_from)) w)
SELECT x.item_id, tstzrange(x.known_from, x.known_until, '[)'), daterange(x.world_from, x.world_until, '[)'),
       x.revision, x.kind, x.session_id, x.document_type, x.category, x.actor, x.person, x.themes, x.binds,
       x.due_date, x.due_precision, x.due_last_day, x.opened_on, x.opened_precision,
       st.status, st.open, st.world_date
FROM steps x
-- The status of the highest version known then and dated on or before the rectangle's first date (item_state).
CROSS JOIN LATERAL (
    SELECT h.status, h.open, h.world_date FROM rm_item_status h
    WHERE h.item_id = x.item_id
      AND h.known_from <= x.known_from AND (h.known_until IS NULL OR h.known_until > x.known_from)
      AND h.world_date <= x.world_from
    ORDER BY h.version DESC
    LIMIT 1) st
$$;

-- Brings these items' rows of rm_item_span to what item_span_rows computes. Only the rows that differ are
-- written: an item's new event usually closes its open-ended rectangles and adds new ones, and leaves the closed
-- ones as they are. Both statements see the table as it was before, so together they replace exactly the rows
-- that changed.
CREATE OR REPLACE FUNCTION item_span_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
WITH fresh AS MATERIALIZED (SELECT * FROM item_span_rows(ids)),
gone AS (
    DELETE FROM rm_item_span t
    WHERE t.item_id = ANY(ids)
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.item_id = t.item_id AND f.known = t.known AND f.world = t.world
                      AND (f.*) IS NOT DISTINCT FROM (t.*)))
INSERT INTO rm_item_span
SELECT f.* FROM fresh f
WHERE NOT EXISTS (SELECT 1 FROM rm_item_span t WHERE t.item_id = f.item_id AND t.known = f.known
                  AND t.world = f.world AND (t.*) IS NOT DISTINCT FROM (f.*));
$$;

-- item_listing's rows and columns at (as_of, known_at), read from rm_item_span: the rows whose rectangles contain
-- the point, with the texts of their statement revision and their session as item_listing joins it. Only while the
-- current-state tables are not stale (V220: a rebuild has not recomputed them, nor this table, yet); then it has no
-- rows, and ItemRows, which asks the flag in the same snapshot, reads item_listing instead. (As one UNION ALL with
-- item_listing, the planner no longer pushed a query's conditions into the index scan: four times slower.)
CREATE OR REPLACE FUNCTION item_span_listing(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE)
    LANGUAGE sql STABLE AS $$
SELECT x.item_id, x.kind, x.session_id, x.document_type, x.category, x.actor, x.person,
       s.title, s.title_original, s.body_text, x.themes, x.binds, x.due_date, x.due_precision, x.due_last_day,
       s.search, x.opened_on, x.opened_precision, x.status, x.open, x.status_since,
       x.open AND x.due_last_day IS NOT NULL AND x.due_last_day < as_of,
       coalesce(os.body, b.code), os.title, os.world_date
FROM rm_item_span x
-- Unique on the key, so the planner drops the join when a query reads none of the texts.
LEFT JOIN rm_item_statement s ON s.item_id = x.item_id AND s.revision = x.revision
LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = x.session_id
LEFT JOIN rm_body b ON b.code = x.actor
-- The box probe (V230) finds the candidates through a GiST index, the ranges decide. The stale flag gates the point
-- itself (NULL contains nothing) rather than standing as a condition of its own: as one, it kept the planner from
-- dropping the joins above that a query does not read.
WHERE item_span_box(x.known, x.world)
      @> item_span_point((SELECT CASE WHEN c.stale THEN NULL ELSE known_at END FROM rm_item_current_state c), as_of)
  AND x.known @> known_at AND x.world @> as_of
$$;

-- item_overview at (as_of, known_at) on item_span_listing: the same per-item aggregates (follow-ups, sessions
-- elapsed, version), computed for the rows the rectangles give instead of on every item's state computed from history.
-- The dashboard's snapshot at past axes reads every item in scope this way, and lists read their page's rows. One
-- statement with item_overview itself for while the current-state tables are stale, so it needs no flag read first.
CREATE OR REPLACE FUNCTION item_span_overview(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
-- The aggregates exactly as item_overview (R__item_functions_3_overview.sql) computes them.
SELECT x.*,
       fu.n, fu.last_session, fu.last_on,
       CASE WHEN x.session_date IS NULL THEN NULL ELSE el.n END,
       ev.version, ev.last_at
FROM item_span_listing(as_of, known_at) x
LEFT JOIN LATERAL (
    SELECT count(*) AS n,
           (array_agg(f.session_id ORDER BY f.world_date DESC, f.version DESC))[1] AS last_session,
           max(f.world_date) AS last_on
    FROM rm_item_follow_up f
    WHERE f.item_id = x.item_id AND f.recorded_at <= known_at AND f.world_date <= as_of) fu ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM rm_session e
    WHERE e.body = x.body AND e.world_date > x.opened_on AND e.world_date <= as_of
      AND e.recorded_at <= known_at) el ON true
LEFT JOIN LATERAL (
    SELECT max(v.version) AS version, max(v.recorded_at) AS last_at, count(*) AS events FROM rm_item_event v
    WHERE v.item_id = x.item_id AND v.recorded_at <= known_at) ev ON true
UNION ALL
SELECT o.* FROM item_overview(as_of, known_at) o
WHERE (SELECT c.stale FROM rm_item_current_state c)
$$;

-- What the rows are may have changed with this file: the derived tables are emptied and recomputed in the background
-- (item_derived_reset, R__item_functions_0_derived.sql). Recomputing every item here took minutes at 100,000 items.
SELECT item_derived_reset(NULL);
