-- Read model of items, fed by the "items" processor. Two time axes (GUIDE.md §1):
--   world date (asOf): world_date columns; a fact counts from its date on.
--   recording instant (knownAt): a fact counts from known_from (its event's timestamp) until a
--   correction replaces it at known_until. Both are plain range conditions, so "as of any date" is
--   an indexed query, never a replay. Rows are keyed by the event's sequence number, which makes
--   every write an idempotent upsert and every rebuild produce the very same rows.

-- What never changes after recording.
CREATE TABLE rm_item (
    item_id             VARCHAR(64)  PRIMARY KEY,
    kind                VARCHAR(16)  NOT NULL,
    session_id          VARCHAR(64),
    document_type       VARCHAR(50),
    category            VARCHAR(50),
    list_position       INTEGER,
    implements_decision VARCHAR(64),
    figures             JSONB        NOT NULL,
    source              JSONB        NOT NULL,
    recorded_at         TIMESTAMPTZ  NOT NULL,
    recorded_by         VARCHAR(200)
);
CREATE INDEX rm_item_session_idx ON rm_item (session_id);

-- The correctable statements. The recording opens revision 0; each correction closes the open row
-- and opens a new one, so every past state of the register stays readable.
CREATE TABLE rm_item_statement (
    item_id        VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    revision       BIGINT       NOT NULL,
    known_from     TIMESTAMPTZ  NOT NULL,
    known_until    TIMESTAMPTZ,
    actor          VARCHAR(64)  NOT NULL,
    person         VARCHAR(200),
    title          TEXT,
    title_original TEXT,
    body_text      TEXT,
    themes         TEXT[]       NOT NULL,
    binds          TEXT[]       NOT NULL,
    due_date       DATE,
    due_precision  VARCHAR(5),
    due_last_day   DATE,
    -- Both configurations: Russian stems for the sources' language, English for the translations.
    search         TSVECTOR GENERATED ALWAYS AS (
        to_tsvector('russian', coalesce(title, '') || ' ' || coalesce(title_original, '') || ' ' || coalesce(body_text, ''))
        || to_tsvector('english', coalesce(title, '') || ' ' || coalesce(title_original, '') || ' ' || coalesce(body_text, ''))
    ) STORED,
    PRIMARY KEY (item_id, revision)
);
CREATE INDEX rm_item_statement_known_idx ON rm_item_statement (item_id, known_from, known_until);
CREATE INDEX rm_item_statement_search_idx ON rm_item_statement USING GIN (search);
CREATE INDEX rm_item_statement_themes_idx ON rm_item_statement USING GIN (themes);
CREATE INDEX rm_item_statement_binds_idx ON rm_item_statement USING GIN (binds);
CREATE INDEX rm_item_statement_actor_idx ON rm_item_statement (actor);

-- Status history: one row per dated fact (version 0 = the recording, then each status change).
-- A WORLD_DATE correction closes the row of the version it corrects and opens one with the new date.
-- The status as of D known at K is the highest version among rows known at K dated on or before D.
CREATE TABLE rm_item_status (
    item_id         VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    version         BIGINT       NOT NULL,
    revision        BIGINT       NOT NULL,
    known_from      TIMESTAMPTZ  NOT NULL,
    known_until     TIMESTAMPTZ,
    world_date      DATE         NOT NULL,
    world_precision VARCHAR(5)   NOT NULL,
    status_from     VARCHAR(32),
    status          VARCHAR(32)  NOT NULL,
    open            BOOLEAN      NOT NULL,
    PRIMARY KEY (item_id, version, revision)
);
CREATE INDEX rm_item_status_latest_idx ON rm_item_status (item_id, version DESC, known_from);
CREATE INDEX rm_item_status_date_idx ON rm_item_status (world_date, status);

CREATE TABLE rm_item_follow_up (
    item_id         VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    version         BIGINT       NOT NULL,
    session_id      VARCHAR(64)  NOT NULL,
    raised_by       VARCHAR(64)  NOT NULL,
    person          VARCHAR(200),
    stance          VARCHAR(32)  NOT NULL,
    note            TEXT,
    world_date      DATE         NOT NULL,
    world_precision VARCHAR(5)   NOT NULL,
    source          JSONB        NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX rm_item_follow_up_session_idx ON rm_item_follow_up (session_id);

CREATE TABLE rm_item_assessment (
    item_id         VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    version         BIGINT       NOT NULL,
    party           VARCHAR(64)  NOT NULL,
    period          VARCHAR(16)  NOT NULL,
    compliance      VARCHAR(16)  NOT NULL,
    -- +1, 0 or -1; NULL for n/a, so SQL aggregates leave it out of the denominator by themselves.
    score           SMALLINT,
    note            TEXT,
    world_date      DATE         NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX rm_item_assessment_latest_idx ON rm_item_assessment (item_id, party, period, version DESC);
CREATE INDEX rm_item_assessment_party_idx ON rm_item_assessment (party);

CREATE TABLE rm_item_link (
    item_id     VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    version     BIGINT       NOT NULL,
    relation    VARCHAR(16)  NOT NULL,
    target      VARCHAR(64)  NOT NULL,
    note        TEXT,
    world_date  DATE         NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX rm_item_link_target_idx ON rm_item_link (target);

-- One row per event of an item: its version at any instant and when it last changed.
CREATE TABLE rm_item_event (
    item_id     VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id),
    version     BIGINT       NOT NULL,
    event_type  VARCHAR(64)  NOT NULL,
    world_date  DATE         NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    recorded_by VARCHAR(200),
    PRIMARY KEY (item_id, version)
);
CREATE INDEX rm_item_event_recorded_idx ON rm_item_event (recorded_at);
