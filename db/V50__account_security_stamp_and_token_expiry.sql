-- Sessions follow their account. security_stamp changes when a password changes or an account is
-- disabled; a browser session signed in under an older stamp is ended on its next request.
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;

-- API tokens expire, and their owner can see when each was last used. Tokens issued before this
-- migration get the default lifetime, counted from their creation.
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMPTZ;
ALTER TABLE api_token ADD COLUMN last_used_at TIMESTAMPTZ;
UPDATE api_token SET expires_at = created_at + INTERVAL '90 days';
ALTER TABLE api_token ALTER COLUMN expires_at SET NOT NULL;
