-- Follow-ups raised on an occasion between sessions (a press statement, an interview) name no
-- session but the kind of occasion; evidence bears on an item's status without changing it.
ALTER TABLE rm_item_follow_up ALTER COLUMN session_id DROP NOT NULL;
ALTER TABLE rm_item_follow_up ADD COLUMN occasion_kind VARCHAR(32);
ALTER TABLE rm_item_follow_up ADD COLUMN occasion_description TEXT;

-- One row per EvidenceAttached; status is the status the evidence was weighed against.
CREATE TABLE rm_item_evidence (
    item_id         VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id) DEFERRABLE INITIALLY IMMEDIATE,
    version         BIGINT       NOT NULL,
    bearing         VARCHAR(16)  NOT NULL,
    status          VARCHAR(32)  NOT NULL,
    note            TEXT,
    world_date      DATE         NOT NULL,
    world_precision VARCHAR(16)  NOT NULL,
    source          JSONB        NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version)
);
