-- Accounts that may sign in, and the personal API tokens scripts use. Passwords are bcrypt/argon2
-- hashes from Spring Security's DelegatingPasswordEncoder; tokens are stored as SHA-256 digests only.
CREATE TABLE app_user (
    username      VARCHAR(100) PRIMARY KEY,
    password_hash VARCHAR(500) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('VIEWER', 'EDITOR', 'ADMIN')),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE api_token (
    id           UUID         PRIMARY KEY,
    username     VARCHAR(100) NOT NULL REFERENCES app_user (username),
    name         VARCHAR(100) NOT NULL,
    token_sha256 VARCHAR(64)  NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_token_user_idx ON api_token (username);
