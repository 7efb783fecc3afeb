-- Outcome counts of a session ("17 documents signed"), fed by the "directory" processor. The count
-- of an outcome known at K is its row with the highest version recorded by K; its world date is the
-- session's. No item rows are created for the documents a report does not name.
CREATE TABLE rm_session_outcome (
    session_id  VARCHAR(64)  NOT NULL,
    version     BIGINT       NOT NULL,
    outcome     VARCHAR(32)  NOT NULL,
    count       INTEGER      NOT NULL,
    note        TEXT,
    source      JSONB        NOT NULL,
    recorded_at TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (session_id, version)
);
