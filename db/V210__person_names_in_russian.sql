-- A person's name in Russian beside the Latin spelling (issue #16): Russian pages show it, and free-text search finds
-- an item by the name of the person who spoke for the party, in either language and any inflection ("Токаева").
-- Optional: events recorded before it existed carry none, and pages then show the Latin spelling.
ALTER TABLE rm_item_statement ADD COLUMN person_ru TEXT;
ALTER TABLE rm_item_follow_up ADD COLUMN person_ru TEXT;

-- The names join the search document through triggers of their own, so the texts R__item_search.sql builds stay as
-- that file writes them. PostgreSQL fires BEFORE triggers of one table in name order: "..._search_person" follows
-- "..._search", so it appends to the vector the other has just built. The vector is built as item_search_vector
-- builds it (Russian and English stemming at once), spelled out here because that function is defined by a
-- repeatable migration, which runs after this one on a new database.
CREATE OR REPLACE FUNCTION item_person_search_vector(person TEXT, person_ru TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE AS $$
SELECT to_tsvector('russian', concat_ws(' ', person, person_ru)) || to_tsvector('english', concat_ws(' ', person, person_ru))
$$;

CREATE OR REPLACE FUNCTION item_person_search() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.person IS NOT NULL OR NEW.person_ru IS NOT NULL THEN
        NEW.search := coalesce(NEW.search, ''::tsvector) || item_person_search_vector(NEW.person, NEW.person_ru);
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER item_statement_search_person BEFORE INSERT OR UPDATE ON rm_item_statement
    FOR EACH ROW EXECUTE FUNCTION item_person_search();
CREATE TRIGGER item_follow_up_search_person BEFORE INSERT OR UPDATE ON rm_item_follow_up
    FOR EACH ROW EXECUTE FUNCTION item_person_search();

-- Rows already stored: their Latin names join the search (their Russian names come with the next rebuild, which
-- replays the events that carry them). Setting search to itself fires both triggers, which recompute it whole.
UPDATE rm_item_statement SET search = search WHERE person IS NOT NULL;
UPDATE rm_item_follow_up SET search = search WHERE person IS NOT NULL;
