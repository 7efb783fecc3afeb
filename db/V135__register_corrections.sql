-- Corrections of sessions, parties and bodies (SessionCorrected, PartyCorrected, BodyCorrected), fed by the
-- "directory" processor. The rows of rm_session, rm_party and rm_body stay as first recorded: a correction is a
-- row here, and the register_* functions below lay the corrections known at K, and recorded on or before the
-- world date D, over them. So ?knownAt= or ?asOf= before a correction still shows the value it replaced. The
-- functions name their columns rather than return the tables' row types, so a column added to a table later
-- does not change what they return.
CREATE TABLE rm_register_correction (
    entity      VARCHAR(16)  NOT NULL, -- SESSION, PARTY or BODY
    entity_key  VARCHAR(64)  NOT NULL, -- the session id or the party's or body's code
    version     BIGINT       NOT NULL,
    field       VARCHAR(32)  NOT NULL,
    value       JSONB        NOT NULL, -- a JSON string, a world date object or a list of participants
    reason      TEXT         NOT NULL,
    source      JSONB        NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(200),
    PRIMARY KEY (entity, entity_key, version)
);

CREATE INDEX rm_register_correction_field ON rm_register_correction (entity, entity_key, field, version DESC);

-- The newest value of each corrected field known at known_at and recorded by the end of as_of, as one object
-- {"TITLE": ..., "PLACE": ...}; NULL when nothing is corrected. One lookup per row, however many fields.
CREATE FUNCTION register_corrections(p_entity TEXT, p_key TEXT, known_at TIMESTAMPTZ, as_of DATE)
    RETURNS JSONB LANGUAGE sql STABLE AS $$
SELECT jsonb_object_agg(field, value) FROM (
    SELECT DISTINCT ON (field) field, value FROM rm_register_correction
    WHERE entity = p_entity AND entity_key = p_key
      AND recorded_at <= known_at AND (recorded_at AT TIME ZONE 'UTC')::date <= as_of
    ORDER BY field, version DESC) latest
$$;

CREATE FUNCTION register_sessions(known_at TIMESTAMPTZ, as_of DATE)
    RETURNS TABLE (session_id VARCHAR, body VARCHAR, title TEXT, world_date DATE, world_precision VARCHAR,
                   place TEXT, kind VARCHAR, format VARCHAR, chair VARCHAR, participants JSONB, handover JSONB,
                   source JSONB, recorded_at TIMESTAMPTZ, recorded_by VARCHAR)
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
       s.handover, s.source, s.recorded_at, s.recorded_by
FROM (SELECT s.*, register_corrections('SESSION', s.session_id, known_at, as_of) AS v
      FROM rm_session s WHERE s.recorded_at <= known_at) s
$$;

CREATE FUNCTION register_parties(known_at TIMESTAMPTZ, as_of DATE)
    RETURNS TABLE (code VARCHAR, name TEXT, name_ru TEXT, kind VARCHAR, recorded_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT p.code,
       coalesce(p.v ->> 'NAME', p.name),
       coalesce(p.v ->> 'NAME_RU', p.name_ru),
       coalesce(p.v ->> 'KIND', p.kind)::varchar,
       p.recorded_at
FROM (SELECT p.*, register_corrections('PARTY', p.code, known_at, as_of) AS v
      FROM rm_party p WHERE p.recorded_at <= known_at) p
$$;

CREATE FUNCTION register_bodies(known_at TIMESTAMPTZ, as_of DATE)
    RETURNS TABLE (code VARCHAR, name TEXT, name_ru TEXT, organisation VARCHAR, members TEXT[],
                   recorded_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT b.code,
       coalesce(b.v ->> 'NAME', b.name),
       coalesce(b.v ->> 'NAME_RU', b.name_ru),
       coalesce(b.v ->> 'ORGANISATION', b.organisation)::varchar,
       b.members, b.recorded_at
FROM (SELECT b.*, register_corrections('BODY', b.code, known_at, as_of) AS v
      FROM rm_body b WHERE b.recorded_at <= known_at) b
$$;
