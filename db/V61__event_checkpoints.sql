-- Signed checkpoints (RELIABILITY.md §7): at intervals the tracker signs, with an Ed25519 key kept
-- outside the database, a Merkle root over every aggregate's chain head, with the event count and
-- the highest global index. Anyone holding a copy of a checkpoint and the public key can later prove
-- that the register only grew since: no aggregate removed, no chain rewritten or re-hashed.
--
-- The table only holds the tracker's own copies (they are published at /api/integrity/checkpoints);
-- what makes them evidence is that others keep copies. Like events, stored checkpoints are never
-- changed: the application may only read and append them.
CREATE TABLE event_checkpoint (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The exact bytes that were signed (canonical JSON, UTF-8): statement, leaves, counts, time.
    signed_content  BYTEA       NOT NULL,
    signature       BYTEA       NOT NULL,
    key_id          TEXT        NOT NULL,
    merkle_root     BYTEA       NOT NULL,
    aggregate_count BIGINT      NOT NULL,
    event_count     BIGINT      NOT NULL,
    max_global_index BIGINT     NOT NULL,
    signed_at       TIMESTAMPTZ NOT NULL
);

CREATE TRIGGER event_checkpoint_append_only
    BEFORE UPDATE OR DELETE ON event_checkpoint
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

CREATE TRIGGER event_checkpoint_no_truncate
    BEFORE TRUNCATE ON event_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
