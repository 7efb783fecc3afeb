-- Repeatable (R__): the texts an item is found by, in Russian and English stemming at once (the
-- sources are Russian, the titles and summaries often English). Flyway reruns this file whenever it
-- changes, after the versioned migrations; its last statements then recompute every stored row, so
-- a change here needs no rebuild of the projection. Queries are built by text_search_query
-- (R__item_functions_4_text_search.sql).

CREATE OR REPLACE FUNCTION item_search_vector(document TEXT) RETURNS TSVECTOR
    LANGUAGE sql IMMUTABLE AS $$
SELECT to_tsvector('russian', coalesce(document, '')) || to_tsvector('english', coalesce(document, ''))
$$;

-- An item's statements (one row per revision, so a corrected title is found as of its revision).
-- To search another column of rm_item_statement, add it to this list.
CREATE OR REPLACE FUNCTION item_statement_search() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := item_search_vector(concat_ws(' ',
        NEW.title,
        NEW.title_original,
        NEW.body_text));
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER item_statement_search BEFORE INSERT OR UPDATE ON rm_item_statement
    FOR EACH ROW EXECUTE FUNCTION item_statement_search();

-- An item's Russian summary (V100, V101), written once when the item is recorded.
CREATE OR REPLACE FUNCTION item_summary_search() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.summary_search := CASE WHEN NEW.summary_ru IS NULL THEN NULL ELSE item_search_vector(NEW.summary_ru) END;
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER item_summary_search BEFORE INSERT OR UPDATE ON rm_item
    FOR EACH ROW EXECUTE FUNCTION item_summary_search();

-- A follow-up's note and its Russian summary (V80, V100).
CREATE OR REPLACE FUNCTION item_follow_up_search() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := item_search_vector(concat_ws(' ', NEW.note, NEW.summary_ru));
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER item_follow_up_search BEFORE INSERT OR UPDATE ON rm_item_follow_up
    FOR EACH ROW EXECUTE FUNCTION item_follow_up_search();

-- A status change's note (V81).
CREATE OR REPLACE FUNCTION item_status_search() RETURNS TRIGGER
    LANGUAGE plpgsql AS $$
BEGIN
    NEW.search := item_search_vector(NEW.note);
    RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER item_status_search BEFORE INSERT OR UPDATE ON rm_item_status
    FOR EACH ROW EXECUTE FUNCTION item_status_search();

-- The rows already stored, recomputed by the triggers above.
UPDATE rm_item_statement SET search = NULL;
UPDATE rm_item_follow_up SET search = NULL;
UPDATE rm_item SET summary_search = NULL WHERE summary_ru IS NOT NULL;
UPDATE rm_item_status SET search = NULL WHERE note IS NOT NULL;
