-- Webhook signing secrets were stored as issued: anyone who could read the table (a read-only role, a backup) could
-- sign deliveries as the tracker. They are now sealed with AES-256-GCM under tracker.webhooks.secret-key, which lives
-- in the configuration, not the database. The key is not known here, so the tracker seals the rows still plain when it
-- starts (webhook.SealedSecrets) and clears "secret"; until then the worker reads the plain copy.
ALTER TABLE webhook_subscription ADD COLUMN secret_sealed TEXT;
ALTER TABLE webhook_subscription ALTER COLUMN secret DROP NOT NULL;
ALTER TABLE webhook_subscription ADD CONSTRAINT webhook_subscription_has_secret
    CHECK (secret IS NOT NULL OR secret_sealed IS NOT NULL);
