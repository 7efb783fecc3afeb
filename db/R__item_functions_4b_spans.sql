-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining a function is an edit here. The R__item_functions_* files run in name order: this one before
-- R__item_functions_5_current.sql, whose item_current_refresh calls item_span_refresh.

-- The rectangles of rm_item_span (V230) for these items, computed from their versioned rows. What item_state
-- answers for an item changes along the recording axis only at an instant where one of its statement or status
-- rows became known or was replaced (or the item was recorded): between two such instants the same rows are
-- known. Along the world axis, at one recording instant, it changes only at the world dates of the status rows
-- then known (from the opening's date on; before it the item is absent). So each interval between those instants,
-- cut at those dates, is one rectangle, and its state is item_state's at its lower corner.
--
-- since[i], for ids[i], limits the rows to the recording intervals that end at or after it (NULL: all of them). A live
-- batch passes the earliest recording instant of the item's new events: what they wrote (rows known from that instant
-- on, rows known until it) changes no interval that ended before it, so the item's rectangles up to there stand.
DROP FUNCTION IF EXISTS item_span_rows(VARCHAR[]);
CREATE OR REPLACE FUNCTION item_span_rows(ids VARCHAR[], since TIMESTAMPTZ[])
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
-- Each item's since, once. Joined, not looked up per interval: a sub-select read the whole array for each one (380 ms
-- for a recomputation's chunk of 500 items).
bound AS (
    SELECT w.item_id, min(w.at) AS at FROM unnest(ids, since) AS w(item_id, at) GROUP BY w.item_id),
-- The intervals asked for: the last one always, earlier ones when they end at or after the item's since.
wanted AS (
    SELECT k.* FROM known k JOIN bound b ON b.item_id = k.item_id
    WHERE k.known_until IS NULL OR k.known_until >= coalesce(b.at, '-infinity')),
-- At each interval: the statement and the opening then known, if the item was recorded by then.
known_state AS (
    SELECT k.item_id, k.known_from, k.known_until, i.kind, i.session_id, i.document_type, i.category,
           s.revision, s.actor, s.person, s.themes, s.binds, s.due_date, s.due_precision, s.due_last_day,
           o.world_date AS opened_on, o.world_precision AS opened_precision
    FROM wanted k
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

-- The key of a rectangle's group in the step tables (V284): its columns as one composite's text, which no two groups
-- share. The date is a number of days, so the key does not depend on the session's DateStyle. STABLE, as the output
-- functions it calls are: declared IMMUTABLE it would not be inlined.
CREATE OR REPLACE FUNCTION item_span_group_key(kind VARCHAR, status VARCHAR, open BOOLEAN, themes TEXT[],
                                               actor VARCHAR, binds TEXT[], session_id VARCHAR, due_last_day DATE)
    RETURNS TEXT LANGUAGE sql STABLE PARALLEL SAFE AS $$
SELECT ROW(kind, status, open, themes, actor, binds, session_id, due_last_day - DATE '2000-01-01')::text
$$;

-- The hour (UTC) under which rm_item_span_by_known (V284) steps a recording instant.
CREATE OR REPLACE FUNCTION item_span_known_hour(at TIMESTAMPTZ) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT date_bin('1 hour', at, TIMESTAMPTZ '2000-01-01 00:00:00+00')
$$;

-- The steps of one rectangle in the step tables (V284): one up at each lower bound and one down at each upper bound, of
-- its world range (on_date) when its recording range is unbounded above, of its recording range (known_hour) when its
-- world range is.
CREATE OR REPLACE FUNCTION item_span_steps(known TSTZRANGE, world DATERANGE)
    RETURNS TABLE (on_date DATE, known_hour TIMESTAMPTZ, n INT)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT lower(world), NULL::timestamptz, 1 WHERE upper(known) IS NULL
UNION ALL SELECT upper(world), NULL, -1 WHERE upper(known) IS NULL AND upper(world) IS NOT NULL
UNION ALL SELECT NULL, item_span_known_hour(lower(known)), 1 WHERE upper(world) IS NULL
UNION ALL SELECT NULL, item_span_known_hour(upper(known)), -1 WHERE upper(world) IS NULL AND upper(known) IS NOT NULL
$$;

-- Brings these items' rows of rm_item_span to what item_span_rows computes. Only the rows that differ are
-- written: an item's new event usually closes its open-ended rectangles and adds new ones, and leaves the closed
-- ones as they are. Both statements see the table as it was before, so together they replace exactly the rows
-- that changed.
--
-- Only the recording intervals from each item's since on are computed and compared (item_span_rows): its new events'
-- earliest recording instant, found through its current-state row, which counts the events up to its version. So this
-- runs before item_current_write rewrites that row. An item recorded afresh, or one with nothing newer (a batch applied
-- again), is computed whole. The instant is the events' own, not the latest one the rectangles hold: an event stamped
-- earlier than that (another node's clock) recomputes the intervals from there on.
--
-- The same statement keeps the step tables (V284): the removed rectangles' steps are taken away and the added ones'
-- put in, summed per group and bound, with the groups they name (a closed rectangle is a removed row and an added
-- one); rows that come to 0, and the groups no row names, are removed.
-- Not while the derived tables are stale: a recomputation in chunks would write most step rows once per chunk (half
-- as much time again as the rectangles), so they are filled once at its end instead (item_span_steps_fill). Callers
-- hold item_current_refresh's advisory lock, so writers of shared rows take turns.
CREATE OR REPLACE FUNCTION item_span_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
-- One row per item, joined below rather than looked up per stored row.
WITH since AS MATERIALIZED (
    SELECT u.item_id,
           (SELECT min(e.recorded_at) FROM rm_item_current c
            JOIN rm_item_event e ON e.item_id = c.item_id AND e.version > c.version
            WHERE c.item_id = u.item_id) AS at
    FROM (SELECT DISTINCT unnest(ids)) AS u(item_id)),
fresh AS MATERIALIZED (
    SELECT * FROM item_span_rows(ARRAY(SELECT s.item_id FROM since s ORDER BY 1),
                                 ARRAY(SELECT s.at FROM since s ORDER BY s.item_id))),
-- The stored rows that fresh replaces. Read once: probed row by row through the item's index, an item's every
-- rectangle was read for each fresh one (70 ms for an item with 700 rectangles).
present AS MATERIALIZED (
    SELECT t.* FROM rm_item_span t JOIN since s ON s.item_id = t.item_id
    WHERE t.item_id = ANY(ids) AND (upper_inf(t.known) OR upper(t.known) >= coalesce(s.at, '-infinity'))),
gone AS (
    DELETE FROM rm_item_span t USING since s
    WHERE t.item_id = ANY(ids) AND s.item_id = t.item_id
      AND (upper_inf(t.known) OR upper(t.known) >= coalesce(s.at, '-infinity'))
      AND NOT EXISTS (SELECT 1 FROM fresh f WHERE f.item_id = t.item_id AND f.known = t.known AND f.world = t.world
                      AND (f.*) IS NOT DISTINCT FROM (t.*))
    RETURNING t.*),
added AS (
    INSERT INTO rm_item_span
    SELECT f.* FROM fresh f
    WHERE NOT EXISTS (SELECT 1 FROM present t WHERE t.item_id = f.item_id AND t.known = f.known
                      AND t.world = f.world AND (t.*) IS NOT DISTINCT FROM (f.*))
    RETURNING *),
changed AS MATERIALIZED (
    SELECT item_span_group_key(c.kind, c.status, c.open, c.themes, c.actor, c.binds, c.session_id, c.due_last_day)
               AS group_key, c.*
    FROM (SELECT -1 AS sign, g.* FROM gone g UNION ALL SELECT 1, a.* FROM added a) c
    WHERE NOT (SELECT s.stale FROM rm_item_current_state s)),
steps AS MATERIALIZED (
    SELECT c.open, e.on_date, e.known_hour, c.group_key, sum(c.sign * e.n)::int AS n
    FROM changed c CROSS JOIN LATERAL item_span_steps(c.known, c.world) e
    GROUP BY 1, 2, 3, 4 HAVING sum(c.sign * e.n) <> 0),
-- Each step with what its row will hold: a row that comes to 0 is removed here, rather than written as 0 and looked
-- for afterwards (which needed an index on n, so that no update was heap-only, or a pass over both tables). Each row
-- is looked up by its key: as outer joins, the planner (which cannot tell how few steps a batch makes) hashed both
-- step tables whole, 27,000 rows each at full size: about a third of the refresh's time for a batch of 50 items.
sums AS MATERIALIZED (
    SELECT s.*, s.n + coalesce(CASE WHEN s.on_date IS NOT NULL
        THEN (SELECT w.n FROM rm_item_span_by_world w
              WHERE w.open = s.open AND w.on_date = s.on_date AND w.group_key = s.group_key)
        ELSE (SELECT k.n FROM rm_item_span_by_known k
              WHERE k.open = s.open AND k.known_hour = s.known_hour AND k.group_key = s.group_key) END, 0) AS after
    FROM steps s),
-- A group is new only with an added rectangle, and is named only when rows will name it. Grouped rather than joined:
-- the planner cannot tell how many rows these hold, and a nested loop of the two took 330 ms for 500 items.
named AS (
    INSERT INTO rm_item_span_group (group_key, kind, status, open, themes, actor, binds, session_id, due_last_day)
    SELECT u.group_key, max(u.kind), max(u.status), bool_or(u.open), max(u.themes), max(u.actor), max(u.binds),
           max(u.session_id), max(u.due_last_day)
    FROM (SELECT c.group_key, c.kind, c.status, c.open, c.themes, c.actor, c.binds, c.session_id, c.due_last_day,
                 false AS stepped
          FROM changed c WHERE c.sign = 1
          UNION ALL SELECT s.group_key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true FROM sums s
          WHERE s.after <> 0) u
    GROUP BY u.group_key HAVING bool_or(u.stepped) AND bool_or(NOT u.stepped)
    ORDER BY u.group_key
    ON CONFLICT (group_key) DO NOTHING),
world_zero AS (
    DELETE FROM rm_item_span_by_world t USING sums s
    WHERE s.after = 0 AND t.open = s.open AND t.on_date = s.on_date AND t.group_key = s.group_key
    RETURNING t.group_key),
known_zero AS (
    DELETE FROM rm_item_span_by_known t USING sums s
    WHERE s.after = 0 AND t.open = s.open AND t.known_hour = s.known_hour AND t.group_key = s.group_key
    RETURNING t.group_key),
by_world AS (
    INSERT INTO rm_item_span_by_world AS t (open, on_date, group_key, n)
    SELECT s.open, s.on_date, s.group_key, s.n FROM sums s WHERE s.on_date IS NOT NULL AND s.after <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (open, on_date, group_key) DO UPDATE SET n = t.n + excluded.n),
by_known AS (
    INSERT INTO rm_item_span_by_known AS t (open, known_hour, group_key, n)
    SELECT s.open, s.known_hour, s.group_key, s.n FROM sums s WHERE s.known_hour IS NOT NULL AND s.after <> 0
    ORDER BY 1, 2, 3
    ON CONFLICT (open, known_hour, group_key) DO UPDATE SET n = t.n + excluded.n)
-- The groups no row names any more, so that the tables are the same however the items' changes fell into batches:
-- every statement above sees the rows as they were before it, so a group's rows that remain are those not removed
-- here and those the steps keep or add.
DELETE FROM rm_item_span_group g
WHERE g.group_key IN (SELECT z.group_key FROM world_zero z UNION SELECT z.group_key FROM known_zero z)
  AND NOT EXISTS (SELECT 1 FROM sums s WHERE s.group_key = g.group_key AND s.after <> 0)
  AND NOT EXISTS (SELECT 1 FROM rm_item_span_by_world t WHERE t.group_key = g.group_key
                  AND NOT EXISTS (SELECT 1 FROM sums s WHERE s.after = 0 AND s.open = t.open
                                  AND s.on_date = t.on_date AND s.group_key = t.group_key))
  AND NOT EXISTS (SELECT 1 FROM rm_item_span_by_known t WHERE t.group_key = g.group_key
                  AND NOT EXISTS (SELECT 1 FROM sums s WHERE s.after = 0 AND s.open = t.open
                                  AND s.known_hour = t.known_hour AND s.group_key = t.group_key));
$$;

-- The step tables (V284) from every rectangle, as item_span_refresh writes them, once a recomputation has laid the
-- rectangles out and before the derived tables are read again (CurrentStateRecomputation): 5-8 s at 100,000 items.
-- Under item_current_refresh's advisory lock, so a live batch's refresh comes wholly before (its rectangles are
-- counted here) or after (it sees the tables fresh and keeps them).
CREATE OR REPLACE FUNCTION item_span_steps_fill() RETURNS VOID
    -- Sorted and hashed in memory: at 100,000 items the steps of 470,000 rectangles spilled to disk at the default.
    LANGUAGE sql SET work_mem = '64MB' AS $$
SELECT pg_advisory_xact_lock(hashtext('rm_item_tally'));
DELETE FROM rm_item_span_by_world;
DELETE FROM rm_item_span_by_known;
DELETE FROM rm_item_span_group;
WITH rects AS MATERIALIZED (
    SELECT item_span_group_key(x.kind, x.status, x.open, x.themes, x.actor, x.binds, x.session_id, x.due_last_day)
               AS group_key, x.*
    FROM rm_item_span x WHERE upper(x.known) IS NULL OR upper(x.world) IS NULL),
steps AS MATERIALIZED (
    SELECT r.open, e.on_date, e.known_hour, r.group_key, sum(e.n)::int AS n
    FROM rects r CROSS JOIN LATERAL item_span_steps(r.known, r.world) e
    GROUP BY 1, 2, 3, 4 HAVING sum(e.n) <> 0),
named AS (
    INSERT INTO rm_item_span_group (group_key, kind, status, open, themes, actor, binds, session_id, due_last_day)
    SELECT u.group_key, max(u.kind), max(u.status), bool_or(u.open), max(u.themes), max(u.actor), max(u.binds),
           max(u.session_id), max(u.due_last_day)
    FROM (SELECT r.group_key, r.kind, r.status, r.open, r.themes, r.actor, r.binds, r.session_id, r.due_last_day,
                 false AS stepped
          FROM rects r
          UNION ALL SELECT s.group_key, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, true FROM steps s) u
    GROUP BY u.group_key HAVING bool_or(u.stepped) AND bool_or(NOT u.stepped)),
by_world AS (
    INSERT INTO rm_item_span_by_world (open, on_date, group_key, n)
    SELECT s.open, s.on_date, s.group_key, s.n FROM steps s WHERE s.on_date IS NOT NULL)
INSERT INTO rm_item_span_by_known (open, known_hour, group_key, n)
SELECT s.open, s.known_hour, s.group_key, s.n FROM steps s WHERE s.known_hour IS NOT NULL;
$$;

-- The items' rectangles at (as_of, known_at) as rows of their group's columns and a number, which summed per group
-- give how many items of the group the point holds (item_span_listing's rows, grouped), from the steps of
-- rm_item_span_by_world (V284). The steps answer for the items with no event recorded after known_at (their
-- rectangles known now are the ones known then); the others are counted from their own rectangles, less what the steps
-- counted for them. Exact at any point, cheap when few events were recorded after known_at (a past date, known now).
-- Read only while the derived tables are not stale (V220), as the rectangles are.
CREATE OR REPLACE FUNCTION item_span_groups_by_world(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (kind VARCHAR, status VARCHAR, open BOOLEAN, themes TEXT[], actor VARCHAR, binds TEXT[],
                   session_id VARCHAR, due_last_day DATE, n BIGINT)
    LANGUAGE sql STABLE AS $$
-- A condition on open is pushed into both the sum and the groups read (through the join's t.open, which the groups'
-- own open equals): so the dashboard's sums read the open items' steps and groups alone.
SELECT g.kind, g.status, t.open, g.themes, g.actor, g.binds, g.session_id, g.due_last_day, t.n
FROM (SELECT t.open, t.group_key, sum(t.n) AS n FROM rm_item_span_by_world t WHERE t.on_date <= as_of
      GROUP BY 1, 2) t
JOIN rm_item_span_group g ON g.group_key = t.group_key AND g.open = t.open
WHERE t.n <> 0
UNION ALL
SELECT x.kind, x.status, x.open, x.themes, x.actor, x.binds, x.session_id, x.due_last_day,
       (x.known @> known_at AND x.world @> as_of)::int - (upper(x.known) IS NULL AND x.world @> as_of)::int
FROM rm_item_span x
WHERE x.item_id = ANY(ARRAY(SELECT e.item_id FROM rm_item_event e WHERE e.recorded_at > known_at))
$$;

-- The same from the steps of rm_item_span_by_known (V284), summed over the hours before known_at's. They answer for
-- the items with no event recorded from the start of that hour to known_at and no status dated after as_of; the
-- others are counted from their own rectangles. Exact at any point, cheap when known_at is past and as_of is today
-- (few statuses are dated after it) and when few events fell in known_at's hour before it.
CREATE OR REPLACE FUNCTION item_span_groups_by_known(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (kind VARCHAR, status VARCHAR, open BOOLEAN, themes TEXT[], actor VARCHAR, binds TEXT[],
                   session_id VARCHAR, due_last_day DATE, n BIGINT)
    LANGUAGE sql STABLE AS $$
SELECT g.kind, g.status, t.open, g.themes, g.actor, g.binds, g.session_id, g.due_last_day, t.n
FROM (SELECT t.open, t.group_key, sum(t.n) AS n FROM rm_item_span_by_known t
      WHERE t.known_hour < item_span_known_hour(known_at)
      GROUP BY 1, 2) t
JOIN rm_item_span_group g ON g.group_key = t.group_key AND g.open = t.open
WHERE t.n <> 0
UNION ALL
SELECT x.kind, x.status, x.open, x.themes, x.actor, x.binds, x.session_id, x.due_last_day,
       (x.known @> known_at AND x.world @> as_of)::int
       - (upper(x.world) IS NULL AND lower(x.known) < item_span_known_hour(known_at)
          AND coalesce(upper(x.known) >= item_span_known_hour(known_at), true))::int
FROM rm_item_span x
WHERE x.item_id = ANY(ARRAY(
    SELECT e.item_id FROM rm_item_event e
    WHERE e.recorded_at >= item_span_known_hour(known_at) AND e.recorded_at <= known_at
    UNION
    SELECT s.item_id FROM rm_item_status s WHERE s.world_date > as_of))
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
