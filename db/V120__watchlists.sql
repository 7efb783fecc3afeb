-- What each user follows (an item, a party, a body, a theme or a saved item search) and when the user last
-- marked the changes as seen. Personal working state, not facts: no events, not a read model.
CREATE TABLE watch (
    id         UUID         PRIMARY KEY,
    username   VARCHAR(100) NOT NULL REFERENCES app_user (username) ON DELETE CASCADE,
    kind       VARCHAR(10)  NOT NULL CHECK (kind IN ('ITEM', 'PARTY', 'BODY', 'THEME', 'SEARCH')),
    target     VARCHAR(2000) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (username, kind, target)
);

CREATE TABLE watch_visit (
    username VARCHAR(100) PRIMARY KEY REFERENCES app_user (username) ON DELETE CASCADE,
    seen_at  TIMESTAMPTZ  NOT NULL
);
