-- register_sessions (V135) lays corrections over rm_session, but it was written before rm_session gained
-- place_ru (V140), so Russian session pages read through it lost their Russian place. Its columns change,
-- so it is dropped and created again; a PLACE_RU correction replaces the Russian place as PLACE does the
-- English one.
DROP FUNCTION register_sessions(TIMESTAMPTZ, DATE);

CREATE FUNCTION register_sessions(known_at TIMESTAMPTZ, as_of DATE)
    RETURNS TABLE (session_id VARCHAR, body VARCHAR, title TEXT, world_date DATE, world_precision VARCHAR,
                   place TEXT, kind VARCHAR, format VARCHAR, chair VARCHAR, participants JSONB, handover JSONB,
                   source JSONB, recorded_at TIMESTAMPTZ, recorded_by VARCHAR, place_ru TEXT)
    LANGUAGE sql STABLE AS $$
SELECT s.session_id, s.body,
       coalesce(s.v ->> 'TITLE', s.title),
       coalesce((s.v -> 'WORLD_DATE' ->> 'date')::date, s.world_date),
       coalesce(s.v -> 'WORLD_DATE' ->> 'precision', s.world_precision)::varchar,
       coalesce(s.v ->> 'PLACE', s.place),
       coalesce(s.v ->> 'KIND', s.kind)::varchar,
       coalesce(s.v ->> 'FORMAT', s.format)::varchar,
       coalesce(s.v ->> 'CHAIR', s.chair)::varchar,
       coalesce(s.v -> 'PARTICIPANTS', s.participants),
       s.handover, s.source, s.recorded_at, s.recorded_by,
       coalesce(s.v ->> 'PLACE_RU', s.place_ru)
FROM (SELECT s.*, register_corrections('SESSION', s.session_id, known_at, as_of) AS v
      FROM rm_session s WHERE s.recorded_at <= known_at) s
$$;
