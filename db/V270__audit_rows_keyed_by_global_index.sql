-- The audit processor's insert now resolves a replayed event's conflict on the global index (the primary key), which
-- it reads from the store by the event's identifier: the same event always finds the same index, and no two events
-- share one. The unique index on event_id was kept only for that conflict; no read asks for an audit row by event id.
-- Every audit row paid an insert into it, at a random place (identifiers are random UUIDs): at a million events the
-- replay of a rebuild updated a 60 MB index out of order for nothing.
ALTER TABLE rm_audit_event DROP CONSTRAINT rm_audit_event_event_id_key;
