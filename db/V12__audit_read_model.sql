-- Every event of every aggregate, in store order; fed by the "audit" processor.
CREATE TABLE rm_audit_event (
    global_index   BIGINT       PRIMARY KEY,
    event_id       VARCHAR(255) NOT NULL UNIQUE,
    aggregate_type VARCHAR(64),
    aggregate_id   VARCHAR(255),
    version        BIGINT,
    event_type     VARCHAR(64)  NOT NULL,
    recorded_at    TIMESTAMPTZ  NOT NULL,
    recorded_by    VARCHAR(200),
    world_date     DATE,
    item_id        VARCHAR(64),
    session_id     VARCHAR(64),
    summary        TEXT         NOT NULL,
    payload        JSONB        NOT NULL
);
CREATE INDEX rm_audit_event_recorded_idx ON rm_audit_event (recorded_at);
CREATE INDEX rm_audit_event_recorder_idx ON rm_audit_event (recorded_by, recorded_at);
CREATE INDEX rm_audit_event_item_idx ON rm_audit_event (item_id);
CREATE INDEX rm_audit_event_session_idx ON rm_audit_event (session_id);
CREATE INDEX rm_audit_event_type_idx ON rm_audit_event (event_type, recorded_at);
