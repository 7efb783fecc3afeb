-- Sessions, parties and bodies as the queries need them; fed by the "directory" processor.

CREATE TABLE rm_session (
    session_id      VARCHAR(64)  PRIMARY KEY,
    body            VARCHAR(64)  NOT NULL,
    title           TEXT,
    world_date      DATE         NOT NULL,
    world_precision VARCHAR(5)   NOT NULL,
    place           TEXT         NOT NULL,
    kind            VARCHAR(16)  NOT NULL,
    format          VARCHAR(16)  NOT NULL,
    chair           VARCHAR(64),
    participants    JSONB        NOT NULL,
    handover        JSONB,
    source          JSONB        NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    recorded_by     VARCHAR(200)
);
-- "Sessions elapsed", "previous session of the same body": always the body's sessions by date.
CREATE INDEX rm_session_body_date_idx ON rm_session (body, world_date);

CREATE TABLE rm_party (
    code        VARCHAR(64)  PRIMARY KEY,
    name        TEXT         NOT NULL,
    name_ru     TEXT,
    kind        VARCHAR(16)  NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE rm_body (
    code         VARCHAR(64)  PRIMARY KEY,
    name         TEXT         NOT NULL,
    name_ru      TEXT,
    organisation VARCHAR(64),
    members      TEXT[]       NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL
);
