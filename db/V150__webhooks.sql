-- Webhooks (issue #19): an admin registers an address and the event kinds it wants; the webhooks processor appends
-- one outbox row per (subscription, matching event) in the same transaction as its token, and delivery workers on
-- any node claim due rows with FOR UPDATE SKIP LOCKED and a lease. The secret signs deliveries (HMAC-SHA256), so it is
-- kept as issued, not as a digest: see README "Webhooks" for how it is protected.
CREATE TABLE webhook_subscription (
    id          UUID          PRIMARY KEY,
    url         VARCHAR(2000) NOT NULL,
    event_kinds TEXT[]        NOT NULL,
    description VARCHAR(200),
    secret      VARCHAR(100)  NOT NULL,
    enabled     BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by  VARCHAR(100),
    created_at  TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- One row per (subscription, event): its id is the idempotent delivery id receivers see, the same on every attempt.
-- The body is fixed when the row is written, so every retry sends the same bytes.
CREATE TABLE webhook_delivery (
    id                UUID         PRIMARY KEY,
    subscription_id   UUID         NOT NULL REFERENCES webhook_subscription (id) ON DELETE CASCADE,
    event_id          VARCHAR(255) NOT NULL,
    event_type        VARCHAR(100) NOT NULL,
    body              TEXT         NOT NULL,
    state             VARCHAR(20)  NOT NULL DEFAULT 'PENDING'
        CHECK (state IN ('PENDING', 'DELIVERED', 'GIVEN_UP')),
    -- Every claim counts: a worker records its outcome only while the count is still the one it claimed with.
    attempts          INTEGER      NOT NULL DEFAULT 0,
    -- Claims since the row was last (re)queued; the worker gives up when these reach tracker.webhooks.max-attempts.
    round_attempts    INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    claimed_by        VARCHAR(200),
    claimed_until     TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at       TIMESTAMPTZ,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (next_attempt_at) WHERE state = 'PENDING';
CREATE INDEX webhook_delivery_subscription_idx ON webhook_delivery (subscription_id, created_at DESC);

-- Every attempt, whatever came of it.
CREATE TABLE webhook_attempt (
    id           BIGSERIAL    PRIMARY KEY,
    delivery_id  UUID         NOT NULL REFERENCES webhook_delivery (id) ON DELETE CASCADE,
    attempt      INTEGER      NOT NULL,
    node_name    VARCHAR(200),
    started_at   TIMESTAMPTZ  NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    status_code  INTEGER,
    error        VARCHAR(500),
    outcome      VARCHAR(20)  NOT NULL CHECK (outcome IN ('DELIVERED', 'FAILED', 'GIVEN_UP'))
);
CREATE INDEX webhook_attempt_delivery_idx ON webhook_attempt (delivery_id, id);
