-- The feed-token page shows when each token was last used, so a forgotten reader can be told from a live one
-- before it is revoked. Empty until the token's first feed request.
ALTER TABLE feed_token ADD COLUMN last_used_at TIMESTAMPTZ;
