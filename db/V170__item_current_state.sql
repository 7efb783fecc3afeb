-- Today's answers without recomputing history (issue #17). One row per item: its state with every
-- fact the projection knows, whatever its date, kept by the items projection in the transaction that
-- writes the versioned rows (item_current_refresh, R__item_functions_5_current.sql).
--
-- Such a row is the item's answer at (as_of, known_at) exactly when every dated fact of the item is
-- dated on or before as_of (settled_on) and every event of the item was recorded by known_at
-- (last_changed_at). item_current() reads those rows here and computes the few others from the
-- versioned tables, so the answer is the same as item_overview's at any date; for today almost every
-- row qualifies. What depends on the clock is not stored: overdue is computed from due_last_day and
-- as_of, sessions elapsed from rm_session, as in item_overview.
CREATE TABLE rm_item_current (
    item_id                VARCHAR(64)  PRIMARY KEY,
    kind                   VARCHAR(16)  NOT NULL,
    session_id             VARCHAR(64),
    document_type          VARCHAR(50),
    category               VARCHAR(50),
    actor                  VARCHAR(64)  NOT NULL,
    person                 VARCHAR(200),
    title                  TEXT,
    title_original         TEXT,
    body_text              TEXT,
    themes                 TEXT[]       NOT NULL,
    binds                  TEXT[]       NOT NULL,
    due_date               DATE,
    due_precision          VARCHAR(16),
    due_last_day           DATE,
    search                 TSVECTOR,
    opened_on              DATE         NOT NULL,
    opened_precision       VARCHAR(16)  NOT NULL,
    status                 VARCHAR(32)  NOT NULL,
    open                   BOOLEAN      NOT NULL,
    status_since           DATE         NOT NULL,
    follow_ups             BIGINT       NOT NULL,
    last_follow_up_session VARCHAR(64),
    last_follow_up_on      DATE,
    version                BIGINT       NOT NULL,
    last_changed_at        TIMESTAMPTZ  NOT NULL,
    -- The latest world date among the item's opening, statuses and follow-ups known now.
    settled_on             DATE         NOT NULL
);
CREATE INDEX rm_item_current_kind_idx ON rm_item_current (kind, open, item_id);
CREATE INDEX rm_item_current_actor_idx ON rm_item_current (actor);
CREATE INDEX rm_item_current_session_idx ON rm_item_current (session_id);
CREATE INDEX rm_item_current_opened_idx ON rm_item_current (opened_on);
CREATE INDEX rm_item_current_status_idx ON rm_item_current (status);
CREATE INDEX rm_item_current_due_idx ON rm_item_current (due_last_day) WHERE open;
CREATE INDEX rm_item_current_binds_idx ON rm_item_current USING GIN (binds);
CREATE INDEX rm_item_current_themes_idx ON rm_item_current USING GIN (themes);
CREATE INDEX rm_item_current_search_idx ON rm_item_current USING GIN (search);
-- The rows item_current() must compute from history: few for today, found by these two.
CREATE INDEX rm_item_current_settled_idx ON rm_item_current (settled_on);
CREATE INDEX rm_item_current_changed_idx ON rm_item_current (last_changed_at);
