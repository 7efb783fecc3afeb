-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The R__item_functions_* files run in name order, each function
-- after the ones it calls. Its last statement recomputes every stored row of rm_item_current (V170), so a
-- change here needs no rebuild of the projection.

-- The one rule for whether a stored row of rm_item_current is its item's answer at (as_of, known_at): not when a
-- fact of the item is dated after as_of (settled_on) or an event of it was recorded after known_at. item_current,
-- the dashboard's and the scorecard's tallies (ItemTally, TallySql, ScoreTallies) all ask it here, so they cannot
-- drift apart. A plain expression, so the planner inlines it and still uses the columns' indexes.
CREATE OR REPLACE FUNCTION item_row_unsettled(settled_on DATE, last_changed_at TIMESTAMPTZ, as_of DATE,
                                              known_at TIMESTAMPTZ)
    RETURNS BOOLEAN LANGUAGE sql IMMUTABLE AS $$
SELECT settled_on > as_of OR last_changed_at > known_at
$$;

-- What one row of rm_item_current adds to rm_item_tally (V180): nothing when closed; otherwise one under
-- its origin (its session, or its actor when it has none) for each (dimension, key, via). Mirrors the
-- dashboard's groupings (ItemGrouping): themes as listed, parties as a set.
CREATE OR REPLACE FUNCTION item_tally_of(is_open BOOLEAN, item_session VARCHAR, item_actor VARCHAR,
                                         item_kind VARCHAR, item_status VARCHAR, item_themes TEXT[],
                                         item_binds TEXT[], item_due DATE)
    RETURNS TABLE (session_id VARCHAR, actor VARCHAR, dimension VARCHAR, key TEXT, via VARCHAR)
    LANGUAGE sql IMMUTABLE AS $$
SELECT coalesce($2, '')::varchar, (CASE WHEN $2 IS NULL THEN $3 ELSE '' END)::varchar, d.dimension::varchar,
       d.key, d.via::varchar
FROM (SELECT 'KIND' AS dimension, $4::text AS key, '' AS via
      UNION ALL SELECT 'STATUS', $5, ''
      UNION ALL SELECT 'THEME', t, '' FROM unnest($6) AS t
      UNION ALL SELECT 'PARTY', p, '' FROM (SELECT $3::text UNION SELECT unnest($7)) AS e(p)
      UNION ALL SELECT 'BOUND', $3, '' WHERE $3 = ANY($7)
      UNION ALL SELECT 'BOUND_PARTY', p, $3 FROM (SELECT $3::text UNION SELECT unnest($7)) AS e(p)
                WHERE $3 = ANY($7)
      UNION ALL SELECT 'DUE', to_char($8, 'YYYY-MM-DD'), '' WHERE $8 IS NOT NULL) d
WHERE $1
$$;

-- Recomputes the current-state rows of these items from the versioned tables: item_overview with every
-- fact counted (no date is after 'infinity'), so the row is by construction what item_overview answers at
-- any date on or after settled_on and any instant on or after last_changed_at. Called for the items of each live
-- batch (item_current_refresh) and, after a rebuild's replay, for every item in chunks (item_current_recompute; V220,
-- V320: a replay itself leaves these tables alone).
--
-- In the same statement it keeps rm_item_tally (V180): the old rows' contributions are taken away and the
-- new rows' added; then the scorecard's tallies from the new rows (item_scorecard_refresh, V185). While the derived
-- tables are stale (V220) no shared row is written, here or in the functions it calls: the tallies and steps are
-- filled from the recomputed rows at the recomputation's end (item_derived_fill), so that its chunks, which run at
-- once, have no row in common. Callers hold the advisory lock of item_current_refresh or item_current_recompute.
CREATE OR REPLACE FUNCTION item_current_write(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
-- The as-of rectangles of rm_item_span (V230, R__item_functions_4b_spans.sql) first: they are computed from the events
-- that the current-state rows, rewritten next, do not count yet.
SELECT item_span_refresh(ids);
WITH old AS (
    SELECT t.* FROM rm_item_current o
    CROSS JOIN LATERAL item_tally_of(o.open, o.session_id, o.actor, o.kind, o.status, o.themes, o.binds,
                                     o.due_last_day) t
    WHERE o.item_id = ANY(ids)),
new AS (
INSERT INTO rm_item_current AS c (item_id, kind, session_id, document_type, category, actor, person, title,
    title_original, body_text, themes, binds, due_date, due_precision, due_last_day, search, opened_on,
    opened_precision, status, open, status_since, follow_ups, last_follow_up_session, last_follow_up_on,
    last_follow_up_known_at, version, last_changed_at, settled_on)
SELECT x.item_id, x.kind, x.session_id, x.document_type, x.category, x.actor, x.person, x.title,
       x.title_original, x.body_text, x.themes, x.binds, x.due_date, x.due_precision, x.due_last_day, x.search,
       x.opened_on, x.opened_precision, x.status, x.open, x.status_since, x.follow_ups,
       x.last_follow_up_session, x.last_follow_up_on,
       -- GROUP BY for the same reason as below: without it, the planner's min/max shortcut walks other items' rows.
       (SELECT max(f.recorded_at) FROM rm_item_follow_up f WHERE f.item_id = x.item_id GROUP BY f.item_id),
       x.version, x.last_changed_at,
       greatest(x.opened_on, x.last_follow_up_on,
                -- GROUP BY keeps the planner from its min/max shortcut, a backward walk of every status row by date
                -- (rm_item_status_date_idx) until one of this item's turns up; see item_overview's event lookup.
                (SELECT max(h.world_date) FROM rm_item_status h
                 WHERE h.item_id = x.item_id AND h.known_until IS NULL GROUP BY h.item_id))
FROM item_overview('infinity', 'infinity') x
WHERE x.item_id = ANY(ids)
ON CONFLICT (item_id) DO UPDATE SET
    kind = excluded.kind, session_id = excluded.session_id, document_type = excluded.document_type,
    category = excluded.category, actor = excluded.actor, person = excluded.person, title = excluded.title,
    title_original = excluded.title_original, body_text = excluded.body_text, themes = excluded.themes,
    binds = excluded.binds, due_date = excluded.due_date, due_precision = excluded.due_precision,
    due_last_day = excluded.due_last_day, search = excluded.search, opened_on = excluded.opened_on,
    opened_precision = excluded.opened_precision, status = excluded.status, open = excluded.open,
    status_since = excluded.status_since, follow_ups = excluded.follow_ups,
    last_follow_up_session = excluded.last_follow_up_session, last_follow_up_on = excluded.last_follow_up_on,
    last_follow_up_known_at = excluded.last_follow_up_known_at,
    version = excluded.version, last_changed_at = excluded.last_changed_at, settled_on = excluded.settled_on
RETURNING c.open, c.session_id, c.actor, c.kind, c.status, c.themes, c.binds, c.due_last_day),
delta AS (
    SELECT o.session_id, o.actor, o.dimension, o.key, o.via, -1 AS n FROM old o
    UNION ALL
    SELECT t.session_id, t.actor, t.dimension, t.key, t.via, 1 FROM new c
    CROSS JOIN LATERAL item_tally_of(c.open, c.session_id, c.actor, c.kind, c.status, c.themes, c.binds,
                                     c.due_last_day) t)
INSERT INTO rm_item_tally AS t (session_id, actor, dimension, key, via, n)
SELECT d.session_id, d.actor, d.dimension, d.key, d.via, sum(d.n) FROM delta d
WHERE NOT (SELECT s.stale FROM rm_item_current_state s)
GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0
ORDER BY 1, 2, 3, 4, 5
ON CONFLICT (session_id, actor, dimension, key, via) DO UPDATE SET n = t.n + excluded.n;
-- A row that came down to 0 says nothing; left in place, the table would hold every key ever seen, and
-- which zero rows remain would depend on how events fell into batches (a rebuild must give the same
-- table). Safe from deadlocks: the advisory lock above makes the items' writers take turns.
DELETE FROM rm_item_tally WHERE n = 0 AND NOT (SELECT s.stale FROM rm_item_current_state s);
SELECT item_scorecard_refresh(ids);
-- The scorecard's rectangles (V285, R__item_functions_4c_score_span.sql), from the rm_item_span rows just refreshed.
SELECT item_score_span_refresh(ids);
SELECT item_text_span_refresh(ids); -- the search's rows (V255, R__item_functions_4c_text_span.sql)
SELECT item_status_span_refresh(ids); -- the session view's status spans (V226, R__item_functions_4b_status_spans.sql)
$$;

-- What the items projection calls once per live batch with the batch's items, after their versioned rows are written.
-- Every such writer takes one advisory lock first, so updates of shared tally rows queue rather than deadlock; held to
-- the commit. While a recomputation runs it also waits for the chunks in progress (which hold the lock shared), so a
-- recomputed chunk never overwrites a row with what it read before a batch committed, nor a batch a chunk's rows.
CREATE OR REPLACE FUNCTION item_current_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
SELECT pg_advisory_xact_lock(hashtext('rm_item_tally'));
SELECT item_current_write(ids);
$$;

-- One chunk of a recomputation (CurrentStateRecomputation), while the tables are stale: the lock shared, so chunks run
-- at once (they write no shared row, see item_current_write) and live batches take turns with them.
CREATE OR REPLACE FUNCTION item_current_recompute(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
SELECT pg_advisory_xact_lock_shared(hashtext('rm_item_tally'));
SELECT item_current_write(ids);
$$;

-- The shared rows the recomputation's chunks leave alone, from the rows they wrote, as the live refreshes keep them
-- (rows at 0 are not kept): rm_item_tally from rm_item_current, the scorecard's tallies from its cells and parties,
-- rm_item_open_tally from the status spans, the scorecard's steps from its rectangles and the rectangles' steps
-- (item_span_steps_fill). Called by the transaction that marks the tables fresh, under the writers' advisory lock, so
-- a live batch comes wholly before (its rows are counted here) or after (it sees the tables fresh and keeps them).
CREATE OR REPLACE FUNCTION item_derived_fill() RETURNS VOID
    LANGUAGE sql SET work_mem = '64MB' AS $$
SELECT pg_advisory_xact_lock(hashtext('rm_item_tally'));
DELETE FROM rm_item_tally;
DELETE FROM rm_item_scorecard_status;
DELETE FROM rm_item_scorecard_tally;
DELETE FROM rm_item_scorecard_items;
DELETE FROM rm_item_open_tally;
DELETE FROM rm_item_score_step;
INSERT INTO rm_item_tally (session_id, actor, dimension, key, via, n)
SELECT t.session_id, t.actor, t.dimension, t.key, t.via, count(*) FROM rm_item_current c
CROSS JOIN LATERAL item_tally_of(c.open, c.session_id, c.actor, c.kind, c.status, c.themes, c.binds,
                                 c.due_last_day) t
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rm_item_scorecard_status (session_id, actor, party, via_body, status, items)
SELECT p.session_id, p.actor, p.party, p.via_body, p.status, count(*) FROM rm_item_scorecard_party p
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rm_item_scorecard_tally (session_id, actor, period, party, via_body, scored, not_applicable, score_sum)
SELECT c.session_id, c.actor, c.period, c.party, c.via_body, count(c.score), count(*) - count(c.score),
       coalesce(sum(c.score), 0)
FROM rm_item_scorecard_cell c
GROUP BY 1, 2, 3, 4, 5;
-- An item is counted once per period: under '' when one of its cells counts whatever the membership is, else under
-- its body and the sorted set of its members (see V185).
INSERT INTO rm_item_scorecard_items (session_id, actor, period, via_body, parties, items)
SELECT g.session_id, g.actor, g.period, CASE WHEN g.anyone THEN '' ELSE g.actor END,
       CASE WHEN g.anyone THEN '{}'::text[] ELSE g.members END, count(*)
FROM (SELECT c.session_id, c.actor, c.period, bool_or(c.via_body = '') AS anyone,
             array_agg(c.party::text ORDER BY c.party) AS members
      FROM rm_item_scorecard_cell c GROUP BY c.item_id, c.session_id, c.actor, c.period) g
GROUP BY 1, 2, 3, 4, 5;
INSERT INTO rm_item_open_tally (session_id, actor, on_date, n)
SELECT coalesce(sp.session_id, ''), sp.actor, e.on_date, sum(e.n) FROM rm_item_status_span sp
CROSS JOIN LATERAL (VALUES (sp.from_on, 1), (sp.until_on, -1)) AS e(on_date, n)
WHERE sp.open AND e.on_date <> 'infinity'
GROUP BY 1, 2, 3 HAVING sum(e.n) <> 0;
INSERT INTO rm_item_score_step (axis, monthly, at, period, party, latest, via_body, members, compliance, score, n)
SELECT d.axis, d.monthly, d.at, d.period, d.party, d.latest, d.via_body, d.members, d.compliance, min(d.score),
       sum(d.n)
FROM item_score_steps(ARRAY(SELECT r FROM rm_item_score_span r), 1) d
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(d.n) <> 0;
SELECT item_span_steps_fill();
$$;

-- The stored rows of rm_item_current that are their items' answers at (as_of, known_at) (see V170), none while the
-- table is stale, with item_overview's columns. Overdue and sessions elapsed depend on the date and on rm_session, so
-- they are computed here, as item_overview computes them; the sessions elapsed is a sub-select, computed only for the
-- rows a query returns.
CREATE OR REPLACE FUNCTION item_current_stored(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT c.item_id, c.kind, c.session_id, c.document_type, c.category,
       c.actor, c.person, c.title, c.title_original, c.body_text,
       c.themes, c.binds, c.due_date, c.due_precision, c.due_last_day,
       c.search, c.opened_on, c.opened_precision,
       c.status, c.open, c.status_since,
       c.open AND c.due_last_day IS NOT NULL AND c.due_last_day < as_of,
       coalesce(os.body, b.code), os.title, os.world_date,
       c.follow_ups, c.last_follow_up_session, c.last_follow_up_on,
       CASE WHEN os.world_date IS NULL THEN NULL ELSE
           (SELECT count(*) FROM rm_session e
            WHERE e.body = coalesce(os.body, b.code) AND e.world_date > c.opened_on AND e.world_date <= as_of
              AND e.recorded_at <= known_at) END,
       c.version, c.last_changed_at
FROM rm_item_current c
-- Through register_sessions, as item_listing reads them: a session's corrected title and date (V135).
LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = c.session_id
LEFT JOIN rm_body b ON b.code = c.actor
WHERE NOT item_row_unsettled(c.settled_on, c.last_changed_at, as_of, known_at)
  AND NOT (SELECT s.stale FROM rm_item_current_state s)
$$;

-- item_overview's rows and columns at any (as_of, known_at), read from rm_item_current where its row is
-- the answer and computed by item_overview for the other items. For today on both axes that is
-- almost every item, so a list, a count or a filter reads one indexed table.
CREATE OR REPLACE FUNCTION item_current(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT x.* FROM item_current_stored(as_of, known_at) x
UNION ALL
-- The other items computed from history: while the table is stale (V220: a rebuild has not recomputed it yet), every
-- item. A query's own conditions are applied to these rows afterwards, not inside, which costs little today (few
-- items are unsettled) and about a second at 100,000 items in the minute a recomputation takes. A reader of given
-- items asks item_current_of instead.
SELECT o.* FROM item_overview_of(
    as_of, known_at,
    ARRAY(SELECT p.item_id FROM rm_item_current p
          WHERE item_row_unsettled(p.settled_on, p.last_changed_at, as_of, known_at)),
    (SELECT s.stale FROM rm_item_current_state s)) o
$$;

-- item_current's rows of these items: only these are computed from history, stale or not (a page's rows, a
-- scorecard's headings).
CREATE OR REPLACE FUNCTION item_current_of(as_of DATE, known_at TIMESTAMPTZ, ids VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT x.* FROM item_current_stored(as_of, known_at) x WHERE x.item_id = ANY(ids)
UNION ALL
SELECT o.* FROM item_overview_of(
    as_of, known_at,
    ARRAY(SELECT p.item_id FROM rm_item_current p
          WHERE p.item_id = ANY(ids) AND item_row_unsettled(p.settled_on, p.last_changed_at, as_of, known_at)
          UNION ALL
          SELECT i.item_id FROM rm_item i WHERE i.item_id = ANY(ids) AND (SELECT s.stale FROM rm_item_current_state s)),
    false) o
$$;

-- A change of this file may change what the tables hold: they are emptied and recomputed in the background from the
-- versioned rows (item_derived_reset, R__item_functions_0_derived.sql), tallies included.
SELECT item_derived_reset(NULL);
