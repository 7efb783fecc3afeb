-- "Seen up to" and "sent up to" become audit-log global indexes instead of recording instants. An event recorded
-- before a user looked (or before a digest went) can be projected after it, when a processor is behind or the read
-- models are rebuilt; by recording instant it fell before the marker and was never shown nor sent. The instants stay,
-- as when the marker last moved. Existing markers take the highest index recorded by their instant: what they meant.
ALTER TABLE watch_visit ADD COLUMN seen_through BIGINT NOT NULL DEFAULT 0;
UPDATE watch_visit v
SET seen_through = coalesce((SELECT max(a.global_index) FROM rm_audit_event a WHERE a.recorded_at <= v.seen_at), 0);

ALTER TABLE mail_digest ADD COLUMN sent_through BIGINT NOT NULL DEFAULT 0;
UPDATE mail_digest d
SET sent_through = coalesce((SELECT max(a.global_index) FROM rm_audit_event a WHERE a.recorded_at <= d.sent_up_to), 0);

-- The events above the index already shown or sent: projected while the audit log still waited on a lower index.
ALTER TABLE watch_visit ADD COLUMN seen_also BIGINT[] NOT NULL DEFAULT '{}';
ALTER TABLE mail_digest ADD COLUMN sent_also BIGINT[] NOT NULL DEFAULT '{}';
