-- Repeatable (R__): redefining the function is an edit here. It runs before R__item_functions_5_current.sql (name
-- order), whose item_current_refresh calls it; its last statements lay out every item again, so a change here needs
-- no rebuild of the projection.

-- The steps of these items' open spans in rm_item_open_tally (V227), times sign: one up on each open span's first
-- date, one down on the date it ends.
CREATE OR REPLACE FUNCTION item_open_steps(ids VARCHAR[], sign INT)
    RETURNS TABLE (session_id VARCHAR, actor VARCHAR, on_date DATE, n BIGINT)
    LANGUAGE sql STABLE AS $$
SELECT coalesce(sp.session_id, '')::varchar, sp.actor, e.on_date, (e.n * sign)::bigint
FROM rm_item_status_span sp
CROSS JOIN LATERAL (VALUES (sp.from_on, 1), (sp.until_on, -1)) AS e(on_date, n)
WHERE sp.item_id = ANY(ids) AND sp.open AND e.on_date <> 'infinity'
$$;

-- Lays out these items' statuses known now over world dates (rm_item_status_span, V226) from rm_item_status and their
-- rows of rm_item_current, which must be refreshed first. Version v is the answer on the dates from its own date (or
-- the opening's, if later) until the earliest date of any higher version: the highest version dated on or before a
-- date, as item_state takes it. A version overtaken on its own date by a higher one answers on no date and gets no
-- row. Rows known now are the rows known at any instant on or after the item's last change (a correction that ends a
-- row is itself a change of the item), which is what lets a reader use them for a past known_at too.
--
-- It keeps rm_item_open_tally (V227) in step: the old open spans' steps are taken away, the new ones added. Its
-- callers hold item_current_refresh's advisory lock, so writers of shared tally rows take turns. Not while the derived
-- tables are stale: the recomputation's chunks, which run at once, would take turns on the shared rows, so the tally
-- is filled from the spans at its end (item_derived_fill).
CREATE OR REPLACE FUNCTION item_status_span_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE sql AS $$
INSERT INTO rm_item_open_tally AS t (session_id, actor, on_date, n)
SELECT d.session_id, d.actor, d.on_date, sum(d.n) FROM item_open_steps(ids, -1) d
WHERE NOT (SELECT s.stale FROM rm_item_current_state s)
GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
ORDER BY 1, 2, 3
ON CONFLICT (session_id, actor, on_date) DO UPDATE SET n = t.n + excluded.n;
DELETE FROM rm_item_status_span WHERE item_id = ANY(ids);
INSERT INTO rm_item_status_span (item_id, from_on, until_on, status, open, status_since, session_id, actor,
                                 opened_on, last_changed_at)
SELECT v.item_id, greatest(v.world_date, c.opened_on), v.until_on, v.status, v.open, v.world_date, c.session_id,
       c.actor, c.opened_on, c.last_changed_at
FROM (SELECT s.item_id, s.status, s.open, s.world_date,
             coalesce(min(s.world_date) OVER (PARTITION BY s.item_id ORDER BY s.version DESC
                                              ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING),
                      'infinity') AS until_on
      FROM rm_item_status s
      WHERE s.item_id = ANY(ids) AND s.known_until IS NULL) v
JOIN rm_item_current c ON c.item_id = v.item_id
WHERE greatest(v.world_date, c.opened_on) < v.until_on;
INSERT INTO rm_item_open_tally AS t (session_id, actor, on_date, n)
SELECT d.session_id, d.actor, d.on_date, sum(d.n) FROM item_open_steps(ids, 1) d
WHERE NOT (SELECT s.stale FROM rm_item_current_state s)
GROUP BY 1, 2, 3 HAVING sum(d.n) <> 0
ORDER BY 1, 2, 3
ON CONFLICT (session_id, actor, on_date) DO UPDATE SET n = t.n + excluded.n;
DELETE FROM rm_item_open_tally WHERE n = 0 AND NOT (SELECT s.stale FROM rm_item_current_state s);
$$;

-- What the spans and the tally are may have changed with this file: the derived tables are emptied and recomputed in
-- the background (item_derived_reset, R__item_functions_0_derived.sql). Recomputing every item here took minutes at
-- 100,000 items.
SELECT item_derived_reset(NULL);
