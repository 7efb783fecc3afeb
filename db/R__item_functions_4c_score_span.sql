-- Repeatable (R__): redefining a function is an edit here. It runs after R__item_functions_4b_spans.sql, whose
-- rm_item_span rows it reads, and before R__item_functions_5_current.sql, whose item_current_refresh calls
-- item_score_span_refresh after item_span_refresh.

-- The rows of rm_item_score_span (V285) for these items, from their rectangles of rm_item_span (refreshed first) and
-- their assessments. The items' rectangles are cut along the known axis at every instant where one of them starts or
-- ends or an assessment became known, so that all of an item's rectangles share one grid of known intervals; each is
-- cut along the world axis at the dates of the assessments known then. In each such piece a party's cell of a period is
-- its assessment of that period known at the piece's lower corner with the latest date (then the highest version), as
-- ItemAssessments.LATEST orders them within a period; the cell is its latest over both periods when the party has no
-- final one there. The pieces are then merged: first along the world axis within a known interval, then along the known
-- axis where the world ranges agree, so that an item with one assessment has one row however often it changed status.
-- Whether a cell counts is Binding's rule, as item_scorecard_cells (V185) keeps it: a party that is neither the actor
-- nor bound by name, of a decision that binds its body's members, counts only while a member (via_body).
CREATE OR REPLACE FUNCTION item_score_span_rows(ids VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, known TSTZRANGE, world DATERANGE, period VARCHAR, party VARCHAR, latest BOOLEAN,
                   via_body VARCHAR, members TEXT[], compliance VARCHAR, score SMALLINT)
    LANGUAGE sql STABLE AS $$
WITH a AS MATERIALIZED (
    SELECT a.item_id, a.version, a.party, a.period, a.compliance, a.score, a.world_date, a.recorded_at
    FROM rm_item_assessment a WHERE a.item_id = ANY(ids)),
s AS MATERIALIZED (
    SELECT s.item_id, s.known, s.world, s.actor, s.binds FROM rm_item_span s
    WHERE s.item_id = ANY(ids) AND s.item_id IN (SELECT a.item_id FROM a)),
cut AS (
    SELECT s.item_id, lower(s.known) AS k FROM s
    UNION SELECT s.item_id, upper(s.known) FROM s WHERE NOT upper_inf(s.known)
    UNION SELECT a.item_id, a.recorded_at FROM a),
known_part AS (
    SELECT c.item_id, c.k AS k_from, lead(c.k) OVER (PARTITION BY c.item_id ORDER BY c.k) AS k_until FROM cut c),
-- Each known interval within each rectangle known then, cut along the world axis. Joins, not lateral sub-selects: a
-- sub-select reads the whole CTE for every outer row (1 ms an item).
known_piece AS (
    SELECT i.item_id, i.k_from, i.k_until, s.world, s.actor, s.binds
    FROM known_part i JOIN s ON s.item_id = i.item_id AND s.known @> i.k_from),
world_cut AS (
    SELECT k.item_id, k.k_from, k.k_until, k.world, k.actor, k.binds, lower(k.world) AS w_from FROM known_piece k
    UNION
    SELECT k.item_id, k.k_from, k.k_until, k.world, k.actor, k.binds, a.world_date FROM known_piece k
    JOIN a ON a.item_id = k.item_id AND a.recorded_at <= k.k_from AND k.world @> a.world_date),
piece AS (
    SELECT w.item_id, w.k_from, w.k_until, w.actor, w.binds, w.w_from,
           coalesce(lead(w.w_from) OVER (PARTITION BY w.item_id, w.k_from, w.world ORDER BY w.w_from),
                    upper(w.world)) AS w_until
    FROM world_cut w),
cell AS (
    SELECT DISTINCT ON (p.item_id, p.k_from, p.w_from, a.party, a.period)
           p.item_id, p.k_from, p.k_until, p.w_from, p.w_until, p.actor, a.party, a.period, a.compliance, a.score,
           CASE WHEN p.actor = ANY(p.binds) AND a.party <> p.actor AND NOT a.party = ANY(p.binds)
                THEN p.actor ELSE '' END::varchar AS via_body
    FROM piece p
    JOIN a ON a.item_id = p.item_id AND a.recorded_at <= p.k_from AND a.world_date <= p.w_from
    ORDER BY p.item_id, p.k_from, p.w_from, a.party, a.period, a.world_date DESC, a.version DESC),
score_row AS (
    SELECT c.item_id, c.k_from, c.k_until, c.w_from, c.w_until, c.period, c.party,
           c.period = 'FINAL' OR NOT bool_or(c.period = 'FINAL')
               OVER (PARTITION BY c.item_id, c.k_from, c.w_from, c.party) AS latest,
           c.via_body, '{}'::text[] AS members, c.compliance, c.score
    FROM cell c
    UNION ALL
    -- The item rows: a cell of the period (of either for LATEST); counted whoever takes part when one of the cells
    -- counts whatever the membership, else while one of the members among them does.
    SELECT c.item_id, c.k_from, c.k_until, c.w_from, c.w_until, k.period, ''::varchar, true,
           CASE WHEN bool_or(c.via_body = '') THEN '' ELSE min(c.actor) END::varchar,
           CASE WHEN bool_or(c.via_body = '') THEN '{}'::text[]
                ELSE array_agg(DISTINCT c.party::text ORDER BY c.party::text) END,
           ''::varchar, NULL::smallint
    FROM cell c
    CROSS JOIN LATERAL (SELECT c.period UNION ALL SELECT 'LATEST'::varchar) k(period)
    GROUP BY c.item_id, c.k_from, c.k_until, c.w_from, c.w_until, k.period),
-- Merged along the world axis: a piece that starts where the previous one of the same group ended continues it.
world_start AS (
    SELECT r.*, CASE WHEN lag(r.w_until) OVER g = r.w_from THEN 0 ELSE 1 END AS starts
    FROM score_row r
    WINDOW g AS (PARTITION BY r.item_id, r.k_from, r.period, r.party, r.latest, r.via_body, r.members, r.compliance
                 ORDER BY r.w_from)),
world_run AS (
    SELECT w.*, sum(w.starts) OVER (PARTITION BY w.item_id, w.k_from, w.period, w.party, w.latest, w.via_body,
                                    w.members, w.compliance ORDER BY w.w_from) AS run
    FROM world_start w),
by_world AS (
    SELECT w.item_id, w.k_from, min(w.k_until) AS k_until, w.period, w.party, w.latest, w.via_body, w.members,
           w.compliance, min(w.score) AS score, min(w.w_from) AS w_from,
           CASE WHEN bool_or(w.w_until IS NULL) THEN NULL ELSE max(w.w_until) END AS w_until
    FROM world_run w
    GROUP BY w.item_id, w.k_from, w.period, w.party, w.latest, w.via_body, w.members, w.compliance, w.run),
-- Then along the known axis, where the same world range continues from one known interval to the next.
known_start AS (
    SELECT b.*, CASE WHEN lag(b.k_until) OVER g = b.k_from THEN 0 ELSE 1 END AS starts
    FROM by_world b
    WINDOW g AS (PARTITION BY b.item_id, b.period, b.party, b.latest, b.via_body, b.members, b.compliance, b.w_from,
                              b.w_until ORDER BY b.k_from)),
known_run AS (
    SELECT k.*, sum(k.starts) OVER (PARTITION BY k.item_id, k.period, k.party, k.latest, k.via_body, k.members,
                                    k.compliance, k.w_from, k.w_until ORDER BY k.k_from) AS run
    FROM known_start k)
SELECT k.item_id, tstzrange(min(k.k_from), CASE WHEN bool_or(k.k_until IS NULL) THEN NULL ELSE max(k.k_until) END,
                            '[)'),
       daterange(k.w_from, k.w_until, '[)'), k.period, k.party, k.latest, k.via_body, k.members, k.compliance,
       min(k.score)
FROM known_run k
GROUP BY k.item_id, k.period, k.party, k.latest, k.via_body, k.members, k.compliance, k.w_from, k.w_until, k.run
$$;

-- The steps in rm_item_score_step (V285) of these rows of rm_item_score_span, times sign: for each bound of a row known
-- now along the world axis, and of a row open on the world axis along the known axis, one up where it starts and one
-- down where it ends; each exactly and in its month.
CREATE OR REPLACE FUNCTION item_score_steps(score_rows rm_item_score_span[], sign INT)
    RETURNS TABLE (axis CHAR(1), monthly BOOLEAN, at TIMESTAMPTZ, period VARCHAR, party VARCHAR, latest BOOLEAN,
                   via_body VARCHAR, members TEXT[], compliance VARCHAR, score SMALLINT, n BIGINT)
    LANGUAGE sql IMMUTABLE AS $$
SELECT b.axis, m.monthly, CASE WHEN m.monthly THEN date_trunc('month', b.at, 'UTC') ELSE b.at END,
       r.period, r.party, r.latest, r.via_body, r.members, r.compliance, r.score, (b.n * sign)::bigint
FROM unnest(score_rows) r
CROSS JOIN LATERAL (
    SELECT 'W'::char(1) AS axis, lower(r.world)::timestamp AT TIME ZONE 'UTC' AS at, 1 AS n WHERE upper_inf(r.known)
    UNION ALL
    SELECT 'W', upper(r.world)::timestamp AT TIME ZONE 'UTC', -1 WHERE upper_inf(r.known) AND NOT upper_inf(r.world)
    UNION ALL
    SELECT 'K', lower(r.known), 1 WHERE upper_inf(r.world)
    UNION ALL
    SELECT 'K', upper(r.known), -1 WHERE upper_inf(r.world) AND NOT upper_inf(r.known)) b
CROSS JOIN (VALUES (true), (false)) m(monthly)
$$;

-- Brings these items' rows of rm_item_score_span to what item_score_span_rows computes, and rm_item_score_step with
-- them: the steps of the rows that go are taken away and those of the rows that come are added, and the keys left at
-- zero deleted, so the table holds the same rows however events fell into batches. Most changes of an item (a status,
-- a follow-up) change none of its rows, and then nothing is written. Called by item_current_refresh, whose advisory
-- lock makes the writers of shared step rows take turns; not while the tables are stale (then no step is written).
CREATE OR REPLACE FUNCTION item_score_span_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    old_rows rm_item_score_span[] := ARRAY(SELECT r FROM rm_item_score_span r WHERE r.item_id = ANY(ids));
    new_rows rm_item_score_span[] := ARRAY(SELECT CAST(r AS rm_item_score_span) FROM item_score_span_rows(ids) r);
    gone rm_item_score_span[] :=
        ARRAY(SELECT o FROM unnest(old_rows) o EXCEPT ALL SELECT f FROM unnest(new_rows) f);
    came rm_item_score_span[] :=
        ARRAY(SELECT f FROM unnest(new_rows) f EXCEPT ALL SELECT o FROM unnest(old_rows) o);
    emptied TID[];
BEGIN
    IF cardinality(gone) = 0 AND cardinality(came) = 0 THEN
        RETURN;
    END IF;
    DELETE FROM rm_item_score_span r WHERE r.item_id = ANY(ids);
    INSERT INTO rm_item_score_span SELECT * FROM unnest(new_rows);
    -- While the derived tables are stale the steps are left to item_derived_fill, at the recomputation's end: chunks
    -- that wrote them would take turns on the shared step rows.
    IF (SELECT s.stale FROM rm_item_current_state s) THEN
        RETURN;
    END IF;
    WITH d AS (
        INSERT INTO rm_item_score_step AS t (axis, monthly, at, period, party, latest, via_body, members, compliance,
                                             score, n)
        SELECT d.axis, d.monthly, d.at, d.period, d.party, d.latest, d.via_body, d.members, d.compliance,
               min(d.score), sum(d.n)
        FROM (SELECT * FROM item_score_steps(gone, -1) UNION ALL SELECT * FROM item_score_steps(came, 1)) d
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(d.n) <> 0
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9
        ON CONFLICT (axis, monthly, at, period, party, latest, via_body, members, compliance)
            DO UPDATE SET n = t.n + excluded.n
        RETURNING t.ctid AS address, t.n)
    SELECT array_agg(d.address) INTO emptied FROM d WHERE d.n = 0;
    -- By row address: a condition on the keys was planned as a pass over the whole table, each chunk of a
    -- recomputation (most of its time at 100,000 items).
    DELETE FROM rm_item_score_step t WHERE t.ctid = ANY(emptied);
END
$$;

-- Which kept sums answer a point: 'W' (rm_item_score_step's world axis) when known_at is on or after every instant an
-- item event was recorded, as every known bound of a rectangle is one; else 'K' (the known axis) when as_of is on or
-- after every world date of a status or an assessment, as every world bound is one; else NULL, and the caller reads
-- the scope instead. Two index probes.
CREATE OR REPLACE FUNCTION item_score_axis(as_of DATE, known_at TIMESTAMPTZ) RETURNS CHAR(1)
    LANGUAGE sql STABLE AS $$
SELECT CASE
    WHEN known_at >= coalesce((SELECT max(e.recorded_at) FROM rm_item_event e), '-infinity') THEN 'W'
    WHEN as_of >= coalesce(greatest((SELECT max(h.world_date) FROM rm_item_status h),
                                    (SELECT max(a.world_date) FROM rm_item_assessment a)), '-infinity') THEN 'K'
    END::char(1)
$$;

-- The number of rows of rm_item_score_span that contain (as_of, known_at), per group, from rm_item_score_step along
-- the axis item_score_axis named: the months before the point's, and the exact bounds of its month up to the point.
CREATE OR REPLACE FUNCTION item_score_counts(as_of DATE, known_at TIMESTAMPTZ, axis CHAR(1))
    RETURNS TABLE (period VARCHAR, party VARCHAR, latest BOOLEAN, via_body VARCHAR, members TEXT[],
                   compliance VARCHAR, score SMALLINT, n BIGINT)
    LANGUAGE sql STABLE AS $$
WITH p AS (SELECT CASE axis WHEN 'W' THEN as_of::timestamp AT TIME ZONE 'UTC' ELSE known_at END AS at)
SELECT s.period, s.party, s.latest, s.via_body, s.members, s.compliance, min(s.score), sum(s.n)::bigint
FROM (SELECT t.* FROM rm_item_score_step t, p
      WHERE t.axis = item_score_counts.axis AND t.monthly AND t.at < date_trunc('month', p.at, 'UTC')
      UNION ALL
      SELECT t.* FROM rm_item_score_step t, p
      WHERE t.axis = item_score_counts.axis AND NOT t.monthly AND t.at >= date_trunc('month', p.at, 'UTC')
        AND t.at <= p.at) s
GROUP BY s.period, s.party, s.latest, s.via_body, s.members, s.compliance
HAVING sum(s.n) <> 0
$$;

-- What the rows are may have changed with this file: the derived tables are emptied and recomputed in the background
-- (item_derived_reset, R__item_functions_0_derived.sql).
SELECT item_derived_reset(NULL);
