-- A full recomputation of the derived tables (CurrentStateRecomputation, after a rebuild's replay or a migration that
-- redefines them) writes every as-of rectangle of rm_item_span again, about 470,000 rows at 100,000 items. Inserted
-- one range at a time into a table with seven GiST and four btree indexes, each range of 500 items took 170-320 ms of
-- index upkeep against 40-70 ms without them; built once from the full table, the eleven indexes take about 5 s
-- (issue #17, BENCHMARKS.md). So the recomputation sets them aside when it lays its ranges out and builds them again
-- in the transaction that marks the tables fresh. Readers do not read the table while it is stale (V220), so no answer
-- changes. rm_item_span_item_idx stays: the refresh itself reads the stored rectangles by item.

-- What was set aside, to be built again as it was. Not granted to the application role (the grants callback leaves it
-- out): restoring executes these definitions as the owner.
CREATE TABLE item_derived_index_aside (
    index_name TEXT PRIMARY KEY,
    definition TEXT NOT NULL
);

-- A reader planning a statement holds the table for that statement; dropping an index waits for it, and readers queue
-- behind the drop. So each drop waits at most 2 s; an index it cannot drop stays, and the recomputation is only slower.
CREATE FUNCTION item_derived_indexes_set_aside() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET lock_timeout = '2s' AS $$
DECLARE
    aside RECORD;
BEGIN
    FOR aside IN SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
                 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                 WHERE i.indrelid = 'rm_item_span'::regclass AND NOT i.indisunique
                   AND c.relname <> 'rm_item_span_item_idx'
                 ORDER BY c.relname
        LOOP
            BEGIN
                EXECUTE format('DROP INDEX %I', aside.name);
                INSERT INTO item_derived_index_aside (index_name, definition) VALUES (aside.name, aside.definition);
            EXCEPTION WHEN lock_not_available THEN
                RETURN;
            END;
        END LOOP;
END
$$;

CREATE FUNCTION item_derived_indexes_restore() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp SET maintenance_work_mem = '256MB' AS $$
DECLARE
    aside RECORD;
BEGIN
    FOR aside IN DELETE FROM item_derived_index_aside RETURNING definition
        LOOP
            EXECUTE aside.definition;
        END LOOP;
END
$$;
