-- Answers to commands sent with an Idempotency-Key. A row is written in the same transaction
-- as the command's events, so a key is stored exactly when its events are.
CREATE TABLE idempotency_key (
    idempotency_key VARCHAR(200) PRIMARY KEY,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    location        VARCHAR(500),
    etag            VARCHAR(100),
    body_id         VARCHAR(255),
    body_version    BIGINT,
    recorded_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
