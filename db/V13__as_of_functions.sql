-- Shared query building blocks. Both are plain SQL functions that PostgreSQL inlines into the
-- calling query, so the filters of each query still reach the indexes of V10/V11.

-- Every item as of world date as_of, as the register stood at instant known_at: the statements
-- known at known_at, and the status of the highest version known then and dated on or before as_of.
-- An item whose recording is dated after as_of (or was recorded after known_at) is absent.
CREATE FUNCTION item_state(as_of DATE, known_at TIMESTAMPTZ)
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

-- item_state plus what a list row shows: the body, follow-ups and sessions elapsed (sessions of
-- the item's body held after it opened, up to as_of), and the item's version at known_at.
CREATE FUNCTION item_overview(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT x.item_id, x.kind, x.session_id, x.document_type, x.category,
       x.actor, x.person, x.title, x.title_original, x.body_text,
       x.themes, x.binds, x.due_date, x.due_precision, x.due_last_day,
       x.search, x.opened_on, x.opened_precision,
       x.status, x.open, x.status_since, x.overdue,
       coalesce(os.body, b.code), os.title, os.world_date,
       fu.n, fu.last_session, fu.last_on,
       CASE WHEN os.body IS NULL THEN NULL ELSE el.n END,
       ev.version, ev.last_at
FROM item_state(as_of, known_at) x
LEFT JOIN rm_session os ON os.session_id = x.session_id
LEFT JOIN rm_body b ON b.code = x.actor
LEFT JOIN LATERAL (
    SELECT count(*) AS n,
           (array_agg(f.session_id ORDER BY f.world_date DESC, f.version DESC))[1] AS last_session,
           max(f.world_date) AS last_on
    FROM rm_item_follow_up f
    WHERE f.item_id = x.item_id AND f.recorded_at <= known_at AND f.world_date <= as_of) fu ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM rm_session e
    WHERE e.body = os.body AND e.world_date > x.opened_on AND e.world_date <= as_of
      AND e.recorded_at <= known_at) el ON true
LEFT JOIN LATERAL (
    SELECT max(v.version) AS version, max(v.recorded_at) AS last_at FROM rm_item_event v
    WHERE v.item_id = x.item_id AND v.recorded_at <= known_at) ev ON true
$$;

-- Free text: websearch syntax in both configurations, OR-ed with a prefix match on each word's
-- root. Snowball stems "терроризм" and "террористических" differently (терроризм, террористическ),
-- so the Russian stem is cut back past common derivational suffixes (-изм, -ист, -ическ, ...) to the
-- shared root "террор", and 'террор':* finds both; English stems get a plain prefix match.
CREATE FUNCTION text_search_query(q TEXT) RETURNS TSQUERY LANGUAGE sql STABLE AS $$
WITH stems AS (
    SELECT regexp_replace((ts_lexize('russian_stem', w))[1], '(истическ|ическ|истск|изм|ист|ск)$', '') AS ru,
           (ts_lexize('english_stem', w))[1] AS en
    FROM regexp_split_to_table(lower(q), '[^[:alnum:]]+') AS w
    WHERE w <> ''
), words AS (
    SELECT concat_ws(' | ',
               CASE WHEN char_length(ru) >= 3 THEN quote_literal(ru) || ':*' END,
               CASE WHEN char_length(en) >= 3 THEN quote_literal(en) || ':*' END) AS alternatives
    FROM stems
    WHERE char_length(ru) >= 3 OR char_length(en) >= 3
), roots AS (
    -- Quotes and "-" carry websearch meaning (phrases, exclusion) that a prefix match would undo.
    SELECT to_tsquery('simple', string_agg('(' || alternatives || ')', ' & ')) AS query
    FROM words
    WHERE q !~ '["]|(^|\s)-'
    HAVING count(*) > 0
)
SELECT CASE WHEN (SELECT query FROM roots) IS NULL THEN exact ELSE exact || (SELECT query FROM roots) END
FROM (SELECT websearch_to_tsquery('russian', q) || websearch_to_tsquery('english', q) AS exact) e
$$;
