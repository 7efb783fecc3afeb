-- The audit processor's insert now resolves a replayed event's conflict on the global index (the primary key), which
-- it reads from the store by the event's identifier: the same event always finds the same index, and no two events
-- share one. The unique index on event_id was kept only for that conflict; no read asks for an audit row by event id.
-- Every audit row paid an insert into it, at a random place (identifiers are random UUIDs): at a million events the
-- replay of a rebuild updated a 60 MB index out of order for nothing.
--
-- Before the processor read the index from the store (issue #12), an event that committed after a later one took
-- that later event's index from the tracking token. A register that has not been rebuilt since may still hold such a
-- row: with the conflict on the global index, the event whose index it holds would be skipped instead of refused. So
-- every row is first moved to its event's own index (through the negative numbers, as two rows may trade places); the
-- events refused for the collision, in the dead-letter queue, then find their index free when retried.
UPDATE rm_audit_event a SET global_index = -e.global_index
FROM domain_event_entry e
WHERE e.event_identifier = a.event_id AND e.global_index <> a.global_index;
UPDATE rm_audit_event SET global_index = -global_index WHERE global_index < 0;

ALTER TABLE rm_audit_event DROP CONSTRAINT rm_audit_event_event_id_key;
