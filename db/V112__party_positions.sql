-- One row per PositionTaken: a party signed, signed with a reservation, declined to sign, abstained,
-- joined later or withdrew its support. A party's position as of D known at K is its row with the
-- latest world date (then version) among rows recorded by K and dated on or before D.
CREATE TABLE rm_item_position (
    item_id         VARCHAR(64)  NOT NULL REFERENCES rm_item (item_id) DEFERRABLE INITIALLY IMMEDIATE,
    version         BIGINT       NOT NULL,
    party           VARCHAR(64)  NOT NULL,
    position        VARCHAR(32)  NOT NULL,
    session_id      VARCHAR(64),
    reason          TEXT,
    world_date      DATE         NOT NULL,
    world_precision VARCHAR(16)  NOT NULL,
    source          JSONB        NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (item_id, version)
);
CREATE INDEX rm_item_position_party_idx ON rm_item_position (party);
CREATE INDEX rm_item_position_session_idx ON rm_item_position (session_id);
