-- Personal feed tokens: a feed reader cannot sign in with a form, so it brings one of these in the feed's address.
-- A feed token opens only its owner's feeds (never the API, pages or commands) and is stored as a SHA-256 digest.
CREATE TABLE feed_token (
    id           UUID         PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    name         VARCHAR(100) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX feed_token_user_idx ON feed_token (username);
