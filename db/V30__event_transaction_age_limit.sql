-- A transaction that appends events may not commit once it is older than 30 seconds.
--
-- Why: an event's global index is drawn when it is inserted but becomes visible only at commit.
-- A tracking processor that has already read later events waits for the missing index only while
-- those later events are younger than Axon's gapTimeout (60 s, tracker.events.gap-timeout); after
-- that it skips the late event for good (AxonFramework issue 4829). PostgreSQL 15 has no
-- transaction_timeout, and statement_timeout / idle_in_transaction_session_timeout do not stop a
-- transaction that keeps issuing short statements. This check runs at commit (deferred) and
-- refuses any event-writing transaction that began more than the limit ago, so every event is
-- visible well within the gap timeout or not at all.
--
-- The limit can be lowered (never usefully raised past the gap timeout) per session or database:
--   SET tracker.event_transaction_max_seconds = '10';
CREATE FUNCTION event_transaction_age_check() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    max_seconds numeric := coalesce(nullif(current_setting('tracker.event_transaction_max_seconds', true), ''), '30')::numeric;
    age_seconds numeric := extract(epoch FROM clock_timestamp() - now());
BEGIN
    IF age_seconds > max_seconds THEN
        RAISE EXCEPTION 'a transaction appending events was open for % s, longer than the % s allowed; nothing was recorded',
            round(age_seconds, 1), max_seconds
            USING ERRCODE = '25P04', -- transaction_timeout, as PostgreSQL 17 names it
                HINT = 'keep event-writing transactions short: see RELIABILITY.md, "No skipped events"';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER domain_event_entry_committed_in_time
    AFTER INSERT ON domain_event_entry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_transaction_age_check();
