-- Recorded events are never changed or removed (GUIDE.md §1: a correction is a new event). These
-- triggers refuse UPDATE, DELETE and TRUNCATE of events for every role, the application's included,
-- and let the chain heads move only through the append trigger of V31.
--
-- A superuser can still switch triggers off (SET session_replication_role = replica, or ALTER
-- TABLE ... DISABLE TRIGGER; so can the table owner): that is what the hash chain is there to
-- expose. A migration that must rewrite events on purpose has to disable these triggers
-- explicitly, which makes the intent visible in review.

CREATE FUNCTION refuse_event_rewrite() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % refused: recorded events are never changed or removed; record a correction instead',
        TG_OP, TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER domain_event_entry_append_only
    BEFORE UPDATE OR DELETE ON domain_event_entry
    FOR EACH ROW EXECUTE FUNCTION refuse_event_rewrite();

CREATE TRIGGER domain_event_entry_no_truncate
    BEFORE TRUNCATE ON domain_event_entry
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();

-- The head may move only from inside the append trigger (trigger depth 2), never by a direct statement.
CREATE FUNCTION refuse_direct_head_change() RETURNS TRIGGER
    LANGUAGE plpgsql AS
$$
BEGIN
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION '% on % refused: chain heads move only when events are appended', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER event_chain_head_append_only
    BEFORE UPDATE OR DELETE ON event_chain_head
    FOR EACH ROW EXECUTE FUNCTION refuse_direct_head_change();

CREATE TRIGGER event_chain_head_no_truncate
    BEFORE TRUNCATE ON event_chain_head
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_event_rewrite();
