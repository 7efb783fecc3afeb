-- register_sessions (V135, V141) called register_corrections once per session: a function call with a plan of its
-- own for each of the register's sessions whenever a statement joins them all (the session view's lists and rows,
-- item_listing), 1-20 ms a statement at 200 sessions on a loaded machine (issue #17). The same answer with the
-- corrections read as one grouped set: the latest value of each corrected field of each session known at known_at and
-- recorded by the end of as_of, joined to the sessions, so a statement reads the few corrections once. A condition on
-- one session still reaches the corrections' index through the join (the planner derives entity_key = the session).
-- Same name, arguments and columns, so the functions that call it need no change.
CREATE OR REPLACE FUNCTION register_sessions(known_at TIMESTAMPTZ, as_of DATE)
    RETURNS TABLE (session_id VARCHAR, body VARCHAR, title TEXT, world_date DATE, world_precision VARCHAR,
                   place TEXT, kind VARCHAR, format VARCHAR, chair VARCHAR, participants JSONB, handover JSONB,
                   source JSONB, recorded_at TIMESTAMPTZ, recorded_by VARCHAR, place_ru TEXT)
    LANGUAGE sql STABLE AS $$
SELECT s.session_id, s.body,
       coalesce(c.v ->> 'TITLE', s.title),
       coalesce((c.v -> 'WORLD_DATE' ->> 'date')::date, s.world_date),
       coalesce(c.v -> 'WORLD_DATE' ->> 'precision', s.world_precision)::varchar,
       coalesce(c.v ->> 'PLACE', s.place),
       coalesce(c.v ->> 'KIND', s.kind)::varchar,
       coalesce(c.v ->> 'FORMAT', s.format)::varchar,
       coalesce(c.v ->> 'CHAIR', s.chair)::varchar,
       coalesce(c.v -> 'PARTICIPANTS', s.participants),
       s.handover, s.source, s.recorded_at, s.recorded_by,
       coalesce(c.v ->> 'PLACE_RU', s.place_ru)
FROM rm_session s
LEFT JOIN (
    SELECT l.entity_key, jsonb_object_agg(l.field, l.value) AS v
    FROM (SELECT DISTINCT ON (r.entity_key, r.field) r.entity_key, r.field, r.value FROM rm_register_correction r
          WHERE r.entity = 'SESSION' AND r.recorded_at <= known_at AND (r.recorded_at AT TIME ZONE 'UTC')::date <= as_of
          ORDER BY r.entity_key, r.field, r.version DESC) l
    GROUP BY l.entity_key) c ON c.entity_key = s.session_id
WHERE s.recorded_at <= known_at
$$;
