-- The application runs as a role that may only read and append events (README, "Database roles";
-- the grants are in afterMigrate__application_role_grants.sql). Two things it does today need the
-- owner's rights, and are given to it here as narrow functions instead of wider grants:
--
-- 1. Appending an event moves event_chain_head from the AFTER INSERT trigger of V31, which runs as
--    whoever inserts. The application gets no write grant on event_chain_head at all: the trigger
--    function runs as its owner (SECURITY DEFINER) with a fixed search_path. A role that could write
--    the heads directly could pass V32's trigger-depth check from a trigger of its own on a
--    temporary table, so "no grant" is the real barrier, the depth check a second one.
ALTER FUNCTION event_chain_advance_head() SECURITY DEFINER SET search_path = public, pg_temp;

-- 2. The projection rebuild refreshes the planner statistics of the read models (BENCHMARKS.md);
--    ANALYZE needs the table owner, and PostgreSQL 15 only warns and skips the tables otherwise.
CREATE FUNCTION analyze_read_models() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS
$$
DECLARE
    read_model TEXT;
BEGIN
    FOR read_model IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'rm\_%' ORDER BY 1
        LOOP
            EXECUTE format('ANALYZE %I', read_model);
        END LOOP;
END
$$;
