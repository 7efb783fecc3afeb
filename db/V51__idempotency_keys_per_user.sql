-- An Idempotency-Key belongs to whoever sent it: another user's request with the same key neither
-- replays that answer nor learns that the key exists. Keys stored before this migration belong to
-- nobody (''), so no signed-in user can replay them.
ALTER TABLE idempotency_key ADD COLUMN recorded_by VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE idempotency_key ALTER COLUMN recorded_by DROP DEFAULT;
ALTER TABLE idempotency_key DROP CONSTRAINT idempotency_key_pkey;
ALTER TABLE idempotency_key ADD PRIMARY KEY (recorded_by, idempotency_key);
