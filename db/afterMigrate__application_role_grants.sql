-- What the application's database role may do, applied after every migration run (a Flyway
-- callback, so tables added by later migrations and a renamed role are covered on the next start).
-- Flyway runs as the owner of every table; the application connects as ${app_role}, which owns
-- nothing (README, "Database roles"). Not being an owner, it can neither ALTER a table nor disable
-- its triggers, and without UPDATE/DELETE/TRUNCATE grants it cannot rewrite events even where a
-- trigger would let it.
--
-- When the application and Flyway use one role (a single-user setup) there is nothing to grant.

-- Two instances starting at once would otherwise race on the same catalog rows ("tuple concurrently updated").
SELECT pg_advisory_xact_lock(hashtext('commitment-tracker: application role grants'));

DO
$$
    DECLARE
        app       TEXT := '${app_role}';
        protected TEXT[] := ARRAY ['domain_event_entry', 'snapshot_event_entry', 'event_chain_head', 'event_checkpoint',
                                   'flyway_schema_history', 'item_derived_index_aside'];
        tbl       TEXT;
        seq       TEXT;
    BEGIN
        IF app = '' OR app = current_user THEN
            RAISE NOTICE 'the application connects as the migration role %: no grants needed, none of the append-only protection by privileges applies', current_user;
            RETURN;
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app) THEN
            RAISE EXCEPTION 'the application role % does not exist; create it first (README, "Database roles")', app;
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app AND (rolsuper OR rolbypassrls)) THEN
            RAISE WARNING 'the application role % is a superuser: grants cannot restrict it', app;
        END IF;

        EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);

        -- Events and checkpoints: read and append, nothing else. Chain heads: read (they move through the
        -- SECURITY DEFINER trigger function of V60). Snapshots: Axon deletes a superseded snapshot when it
        -- stores a newer one; snapshots are derived data and not part of the chain.
        EXECUTE format('GRANT SELECT, INSERT ON domain_event_entry, event_checkpoint TO %I', app);
        EXECUTE format('GRANT USAGE ON SEQUENCE domain_event_entry_seq TO %I', app);
        EXECUTE format('GRANT SELECT ON event_chain_head TO %I', app);
        EXECUTE format('GRANT SELECT, INSERT, DELETE ON snapshot_event_entry TO %I', app);

        -- item_derived_index_aside holds index definitions that a SECURITY DEFINER function executes (V340): not
        -- granted at all.
        -- Everything else is the application's working state: read models, Axon's tokens and dead
        -- letters, accounts, API tokens, idempotency keys.
        FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> ALL (protected)
            LOOP
                EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO %I', tbl, app);
            END LOOP;
        -- The projection rebuild empties the read models with TRUNCATE (and nothing else).
        FOR tbl IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\_%'
            LOOP
                EXECUTE format('GRANT TRUNCATE ON %I TO %I', tbl, app);
            END LOOP;
        FOR seq IN SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'
                                                          AND sequencename <> 'domain_event_entry_seq'
            LOOP
                EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I TO %I', seq, app);
            END LOOP;
    END
$$;
