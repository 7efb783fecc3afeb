-- Repeatable (R__): redefining the function is an edit here. It runs after R__item_functions_* (name order), whose
-- item_listing and item_overview it calls.

-- The lists' functions once took no set of changed items and computed it themselves, up to four times a view.
DROP FUNCTION IF EXISTS session_carried_total(VARCHAR, VARCHAR, DATE, TIMESTAMPTZ);
DROP FUNCTION IF EXISTS session_carried_page(VARCHAR, VARCHAR, DATE, TIMESTAMPTZ, INT, BIGINT);
DROP FUNCTION IF EXISTS session_body_items(VARCHAR, DATE, TIMESTAMPTZ);
-- It took the changed items and looked each up in rm_item; session_known_changed reads one index range.
DROP FUNCTION IF EXISTS session_known_changed_items(VARCHAR[], TIMESTAMPTZ);
-- Its columns were all of item_overview's.
DROP FUNCTION IF EXISTS session_item_rows(VARCHAR[], DATE, TIMESTAMPTZ);

-- The items whose stored rows and spans are not their answer at (as_of, known_at) and that may be there on as_of: changed
-- after known_at and opened by as_of as known now or, for the few whose opening date was ever corrected, perhaps as
-- known then; every item while rm_item_current is stale (V220).
CREATE OR REPLACE FUNCTION session_changed_items(as_of DATE, known_at TIMESTAMPTZ) RETURNS VARCHAR[]
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY(SELECT p.item_id FROM rm_item_current p
                 WHERE p.last_changed_at > known_at AND p.opened_on <= as_of
                 UNION
                 SELECT o.item_id FROM rm_item_status o
                 JOIN rm_item_current p ON p.item_id = o.item_id AND p.last_changed_at > known_at
                 WHERE o.version = 0 AND o.known_until IS NOT NULL
                 UNION
                 SELECT i.item_id FROM rm_item i WHERE (SELECT s.stale FROM rm_item_current_state s));
END
$$;

-- Of those, the items recorded by known_at: item_listing at known_at has no other (item_state), so its rows of these are
-- its rows of all of session_changed_items. Items recorded after known_at with an opening dated earlier (backdated
-- entries) are most of that set at a past instant: 4,000 of 4,000 at full size for a session of 2020 known at
-- 2021-07-05, each probed in item_listing once per list before, and then in rm_item for its recording instant (issue
-- #17). The recording instant is in rm_item_current's changed-since index (V279), so this is that index's range;
-- while rm_item_current is stale, every item recorded by known_at. The session view asks this once and hands the array
-- to session_body_items, session_carried_page and session_carried_total.
CREATE OR REPLACE FUNCTION session_known_changed(as_of DATE, known_at TIMESTAMPTZ) RETURNS VARCHAR[]
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY(SELECT p.item_id FROM rm_item_current p
                 WHERE p.last_changed_at > known_at AND p.opened_on <= as_of AND p.recorded_at <= known_at
                 UNION
                 SELECT o.item_id FROM rm_item_status o
                 JOIN rm_item_current p ON p.item_id = o.item_id AND p.last_changed_at > known_at
                                       AND p.recorded_at <= known_at
                 WHERE o.version = 0 AND o.known_until IS NOT NULL
                 UNION
                 SELECT i.item_id FROM rm_item i
                 WHERE i.recorded_at <= known_at AND (SELECT s.stale FROM rm_item_current_state s));
END
$$;

-- The items of a body (all bodies when body_code is NULL) as of world date as_of, as known at known_at: only what the
-- session view's carried-over and closed lists need, which are about the session's own date (issue #17). Reading
-- item_listing for the whole register at that date cost a pass over every item's history per list and page; looking
-- up the status at that date per item from the current-state table cost a probe for each item changed since (about
-- 40,000 for a session at 100,000 items).
--
-- Items whose last change was recorded by known_at come from rm_item_status_span (V226): the stretch of dates that
-- holds as_of gives the status then, and the row carries the item's opening, session and actor. Items changed after
-- known_at are computed by item_listing itself, so the answer equals item_listing's at any axes; of those only the
-- ones opened by as_of can be there, as known now (their current opening date) or, for the few whose opening date was
-- ever corrected, as it may have been known then. While rm_item_current is stale (V220: a rebuild has not recomputed
-- it and the spans yet) every item is computed by item_listing.
--
-- known_changed is session_known_changed at as_of or at any later date (a superset: the
-- items it adds are not in the first branch, whose rows were last changed by known_at, and item_listing gives their
-- rows at as_of, if any).
CREATE OR REPLACE FUNCTION session_body_items(body_code VARCHAR, as_of DATE, known_at TIMESTAMPTZ,
                                              known_changed VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, session_id VARCHAR, opened_on DATE, open BOOLEAN, status_since DATE)
    LANGUAGE sql STABLE AS $$
SELECT sp.item_id, sp.session_id, sp.opened_on, sp.open, sp.status_since
FROM rm_item_status_span sp
LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = sp.session_id
LEFT JOIN rm_body b ON b.code = sp.actor
WHERE sp.from_on <= as_of AND sp.until_on > as_of AND sp.last_changed_at <= known_at
  AND (body_code IS NULL OR coalesce(os.body, b.code) = body_code)
  AND NOT (SELECT s.stale FROM rm_item_current_state s)
UNION ALL
SELECT x.item_id, x.session_id, x.opened_on, x.open, x.status_since
FROM item_listing(as_of, known_at) x
WHERE (body_code IS NULL OR x.body = body_code)
  AND x.item_id = ANY(known_changed)
$$;

-- item_overview's rows of these items at (as_of, known_at), for a page of the session view's lists, which are at the
-- session's date or the view's: item_overview computed each one's state and aggregates from history. Two kinds of
-- item, each read as cheaply as it can be:
-- - an item whose last change was recorded by known_at is read from rm_item_current (its statement, opening, version
--   and last change are the stored ones). Where a fact of it is dated after as_of (item_row_unsettled, V170), the
--   status is the span's holding as_of and the follow-ups those dated by then; otherwise the stored ones are the
--   answer, and neither lookup runs (settled_on is the latest of the opening, the status dates and the follow-ups).
--   One query for both: as two, each probed the page's ids in rm_item_current (700 ids at a session's date: 13.7 ->
--   9.3 ms; 1,000 ids today, almost all settled: 10.0 -> 11.5 ms, the lookups' guards on every row);
-- - the others, and every item while the table is stale, are computed by item_overview.
-- So the rows are item_overview's at any axes, in the columns an item row shows: not the search vector and the body
-- text, which PL/pgSQL would copy for every row it returns (most of the bytes of a page of 500 items).
--
-- PL/pgSQL, not SQL: inlined into its caller's statement, this function was planned again on every call (about 6 ms,
-- more than reading a page's rows today), and item_overview's branch with it although it is seldom needed. Here each
-- query's plan is kept by the connection, and item_overview is planned and run only when some item needs it.
CREATE OR REPLACE FUNCTION session_item_rows(ids VARCHAR[], as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR,
                   opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
DECLARE
    computed VARCHAR[];
BEGIN
    IF (SELECT s.stale FROM rm_item_current_state s) THEN
        computed := ids;
    ELSE
        -- Sessions elapsed, as item_overview counts them (the body's sessions known at known_at dated after the opening
        -- and by as_of): the sessions dated by as_of less those dated by the opening, each a binary search of the
        -- body's sorted dates (width_bucket counts the elements not above its operand). Counting about a hundred
        -- sessions for each of the 2,500 items a session follows up was a third of this query. The dates are gathered
        -- once (MATERIALIZED): the plan kept for the connection does not know how many ids it gets, and joined them
        -- again for each item of a page of 500.
        RETURN QUERY
        WITH sd AS MATERIALIZED (
            SELECT e.body, array_agg(e.world_date ORDER BY e.world_date) AS dates FROM rm_session e
            WHERE e.recorded_at <= known_at
            GROUP BY e.body)
        SELECT c.item_id, c.kind, c.session_id,
               c.actor, c.person, c.title, c.title_original,
               c.themes, c.binds, c.due_date, c.due_precision,
               c.opened_on, c.opened_precision,
               coalesce(sp.status, c.status), coalesce(sp.open, c.open), coalesce(sp.status_since, c.status_since),
               coalesce(sp.open, c.open) AND c.due_last_day IS NOT NULL AND c.due_last_day < as_of,
               coalesce(os.body, b.code), os.title, os.world_date,
               coalesce(fu.n, c.follow_ups),
               CASE WHEN fu.n IS NULL THEN c.last_follow_up_session ELSE fu.last_session END,
               CASE WHEN fu.n IS NULL THEN c.last_follow_up_on ELSE fu.last_on END,
               CASE WHEN os.world_date IS NULL THEN NULL ELSE
                   greatest(0, coalesce(width_bucket(as_of, sd.dates) - width_bucket(c.opened_on, sd.dates), 0))::bigint
               END,
               c.version, c.last_changed_at
        FROM rm_item_current c
        -- The span holding as_of, one index probe per item (a join let the planner read every span of the register);
        -- none when the stored status is dated by as_of, as the highest version dated by then is the highest of all.
        LEFT JOIN LATERAL (
            SELECT sp.status, sp.open, sp.status_since, sp.until_on FROM rm_item_status_span sp
            WHERE c.status_since > as_of AND sp.item_id = c.item_id AND sp.from_on <= as_of
            ORDER BY sp.from_on DESC
            LIMIT 1) sp ON true
        LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = c.session_id
        LEFT JOIN rm_body b ON b.code = c.actor
        -- Every follow-up of the item was recorded by its last change, so those known at known_at are all of them; and
        -- when the latest is dated by as_of, they are the stored count and latest (none read, fu.n is NULL).
        -- The condition on c twice: in WHERE it skips the read for every other item (a one-time filter), in HAVING it
        -- leaves no row rather than a count of 0.
        LEFT JOIN LATERAL (
            SELECT count(*) AS n,
                   (array_agg(f.session_id ORDER BY f.world_date DESC, f.version DESC))[1] AS last_session,
                   max(f.world_date) AS last_on
            FROM rm_item_follow_up f
            WHERE c.last_follow_up_on > as_of AND f.item_id = c.item_id AND f.world_date <= as_of
            HAVING c.last_follow_up_on > as_of) fu ON true
        LEFT JOIN sd ON sd.body = coalesce(os.body, b.code)
        -- There at as_of: opened by then (the spans run from the opening on, V226).
        WHERE c.item_id = ANY(ids) AND c.last_changed_at <= known_at
          AND c.opened_on <= as_of AND (c.status_since <= as_of OR sp.until_on > as_of);
        computed := ARRAY(SELECT p.item_id FROM rm_item_current p
                          WHERE p.item_id = ANY(ids) AND p.last_changed_at > known_at);
    END IF;
    IF cardinality(computed) > 0 THEN
        RETURN QUERY
        SELECT o.item_id, o.kind, o.session_id, o.actor, o.person, o.title, o.title_original, o.themes, o.binds,
               o.due_date, o.due_precision, o.opened_on, o.opened_precision, o.status, o.open, o.status_since,
               o.overdue,
               o.body, o.session_title, o.session_date, o.follow_ups, o.last_follow_up_session, o.last_follow_up_on,
               o.sessions_elapsed, o.version, o.last_changed_at
        FROM item_overview(as_of, known_at) o WHERE o.item_id = ANY(computed);
    END IF;
END
$$;

-- The items introduced at session_key and there at (as_of, known_at), with their opening date then, which the session
-- view's introduced list pages and counts in opening order: an item's session never changes (rm_item), so they are the
-- session's items. An item whose last change was recorded by known_at is there exactly when its stored opening is
-- dated by as_of (its status spans run from its opening on, V226), which the session's range of the index of V276
-- answers alone; only the others, and every item while rm_item_current is stale, look up their opening known then,
-- as item_state does. Computing item_overview's rows for all of a session's items to learn this cost 9-17 ms of a view
-- (issue #17).
CREATE OR REPLACE FUNCTION session_introduced(session_key VARCHAR, as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, opened_on DATE)
    LANGUAGE sql STABLE AS $$
SELECT c.item_id, c.opened_on FROM rm_item_current c
WHERE c.session_id = session_key AND c.opened_on <= as_of AND c.last_changed_at <= known_at
  AND NOT (SELECT s.stale FROM rm_item_current_state s)
UNION ALL
SELECT i.item_id, o.world_date FROM rm_item i
JOIN rm_item_status o ON o.item_id = i.item_id AND o.version = 0
     AND o.known_from <= known_at AND (o.known_until IS NULL OR o.known_until > known_at)
     AND o.world_date <= as_of
WHERE i.session_id = session_key AND i.recorded_at <= known_at
  AND CASE WHEN (SELECT s.stale FROM rm_item_current_state s) THEN true
      ELSE i.item_id IN (SELECT p.item_id FROM rm_item_current p
                         WHERE p.session_id = session_key AND p.last_changed_at > known_at) END
$$;

-- The session view's carried-over list at the session's date as_of: the items of body_code open then and not
-- introduced at the session, as session_body_items gives them, ordered by opening and item. The page walks the open
-- spans in opening order and stops after it; the body is matched as item_listing matches it (the item's session known
-- at known_at, else its actor if that is a body), as filters, so that the walk keeps its order. known_changed is as
-- session_body_items takes it.
CREATE OR REPLACE FUNCTION session_carried_page(body_code VARCHAR, introduced_at VARCHAR, as_of DATE,
                                                known_at TIMESTAMPTZ, known_changed VARCHAR[], page_size INT,
                                                skip BIGINT)
    RETURNS TABLE (item_id VARCHAR)
    LANGUAGE sql STABLE AS $$
SELECT u.item_id FROM (
    (SELECT sp.item_id, sp.opened_on FROM rm_item_status_span sp
     WHERE sp.open AND sp.from_on <= as_of AND sp.until_on > as_of AND sp.last_changed_at <= known_at
       AND sp.session_id IS DISTINCT FROM introduced_at
       AND (body_code IS NULL
            OR sp.session_id IN (SELECT os.session_id FROM register_sessions(known_at, as_of) os
                                 WHERE os.body = body_code)
            OR (sp.actor = body_code AND EXISTS (SELECT 1 FROM rm_body b WHERE b.code = body_code)
                AND NOT EXISTS (SELECT 1 FROM register_sessions(known_at, as_of) os
                                WHERE os.session_id = sp.session_id)))
       AND NOT (SELECT s.stale FROM rm_item_current_state s)
     ORDER BY sp.opened_on, sp.item_id
     LIMIT page_size + skip)
    UNION ALL
    SELECT x.item_id, x.opened_on FROM item_listing(as_of, known_at) x
    WHERE (body_code IS NULL OR x.body = body_code) AND x.open AND x.session_id IS DISTINCT FROM introduced_at
      AND x.item_id = ANY(known_changed)) u
ORDER BY u.opened_on, u.item_id
LIMIT page_size OFFSET skip
$$;

-- The carried-over list's total: the items open on as_of from rm_item_open_tally (V227), less those among them whose
-- stored spans are not their answer at known_at, plus those items as item_listing computes them. While the tables are
-- stale every item is counted from item_listing. changed is session_changed_items(as_of, known_at) (the tally counts
-- the items recorded after known_at too), known_changed as session_body_items takes it.
--
-- This function, session_changed_items and session_known_changed are PL/pgSQL: as SQL functions that PostgreSQL does
-- not inline (a scalar with sub-selects), each was planned again on every call, 3-15 ms a view of planning for
-- statements that then ran in well under a millisecond today (issue #17); PL/pgSQL keeps each plan for the connection.
CREATE OR REPLACE FUNCTION session_carried_total(body_code VARCHAR, introduced_at VARCHAR, as_of DATE,
                                                 known_at TIMESTAMPTZ, changed VARCHAR[], known_changed VARCHAR[])
    RETURNS BIGINT
    LANGUAGE plpgsql STABLE AS $$
BEGIN
    IF (SELECT s.stale FROM rm_item_current_state s) THEN
        RETURN (SELECT count(*) FROM session_body_items(body_code, as_of, known_at, known_changed) x
                WHERE x.open AND x.session_id IS DISTINCT FROM introduced_at);
    END IF;
    RETURN (SELECT coalesce(sum(t.n), 0) FROM rm_item_open_tally t
            LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = t.session_id
            LEFT JOIN rm_body b ON b.code = t.actor
            WHERE t.on_date <= as_of AND (body_code IS NULL OR coalesce(os.body, b.code) = body_code)
              AND (introduced_at IS NULL OR t.session_id <> introduced_at))
        - (SELECT count(*) FROM rm_item_status_span sp
           LEFT JOIN register_sessions(known_at, as_of) os ON os.session_id = sp.session_id
           LEFT JOIN rm_body b ON b.code = sp.actor
           WHERE sp.item_id = ANY(changed) AND sp.open AND sp.from_on <= as_of AND sp.until_on > as_of
             AND (body_code IS NULL OR coalesce(os.body, b.code) = body_code)
             AND sp.session_id IS DISTINCT FROM introduced_at)
        + (SELECT count(*) FROM item_listing(as_of, known_at) x
           WHERE x.item_id = ANY(known_changed) AND (body_code IS NULL OR x.body = body_code) AND x.open
             AND x.session_id IS DISTINCT FROM introduced_at);
END
$$;
