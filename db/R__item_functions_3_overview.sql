-- Repeatable (R__): Flyway runs this file after the versioned migrations whenever its text changes, so
-- redefining the function is an edit here. The versioned files that first defined it stay as they were
-- applied (Flyway checks their checksums). The R__item_functions_* files run in name order, each function
-- after the ones it calls. CREATE OR REPLACE cannot change a function's columns: a change of columns
-- drops the function (and the ones that call it) in a versioned migration first.

-- item_overview is item_listing (V41) plus the per-item aggregates: defined on it, so the body and
-- session columns are joined in one place. Same columns, same rows as V13's definition: session_date
-- is NULL exactly when the item's session is unknown (rm_session.world_date is NOT NULL), and then
-- sessions_elapsed is NULL; otherwise body is that session's body.
CREATE OR REPLACE FUNCTION item_overview(as_of DATE, known_at TIMESTAMPTZ)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE sql STABLE AS $$
SELECT x.*,
       fu.n, fu.last_session, fu.last_on,
       CASE WHEN x.session_date IS NULL THEN NULL ELSE el.n END,
       ev.version, ev.last_at
FROM item_listing(as_of, known_at) x
LEFT JOIN LATERAL (
    SELECT count(*) AS n,
           (array_agg(f.session_id ORDER BY f.world_date DESC, f.version DESC))[1] AS last_session,
           max(f.world_date) AS last_on
    FROM rm_item_follow_up f
    WHERE f.item_id = x.item_id AND f.recorded_at <= known_at AND f.world_date <= as_of) fu ON true
LEFT JOIN LATERAL (
    SELECT count(*) AS n FROM rm_session e
    WHERE e.body = x.body AND e.world_date > x.opened_on AND e.world_date <= as_of
      AND e.recorded_at <= known_at) el ON true
-- count(*) is there to keep the planner from its min/max shortcut: it rewrote max(recorded_at) as a backward walk of
-- the whole register's recorded_at index until a row of this item turned up (971,823 rows passed over, 305 ms, for
-- one item of a million events), where reading the item's own rows takes well under a millisecond.
LEFT JOIN LATERAL (
    SELECT max(v.version) AS version, max(v.recorded_at) AS last_at, count(*) AS events FROM rm_item_event v
    WHERE v.item_id = x.item_id AND v.recorded_at <= known_at) ev ON true
$$;

-- item_overview's rows at (as_of, known_at) for these items, or for every item when every is true. PL/pgSQL, so that
-- item_overview is planned only when this runs with items to compute: a query over item_current or item_current_of
-- (R__item_functions_5_current.sql), which call it, plans their own small arms alone. Inlined there, item_overview's
-- joins were most of the planning of every query on today's lists (4 of 5.5 ms a statement on the full-size copy),
-- though today they compute almost no item.
CREATE OR REPLACE FUNCTION item_overview_of(as_of DATE, known_at TIMESTAMPTZ, ids VARCHAR[], every BOOLEAN)
    RETURNS TABLE (item_id VARCHAR, kind VARCHAR, session_id VARCHAR, document_type VARCHAR, category VARCHAR,
                   actor VARCHAR, person VARCHAR, title TEXT, title_original TEXT, body_text TEXT,
                   themes TEXT[], binds TEXT[], due_date DATE, due_precision VARCHAR, due_last_day DATE,
                   search TSVECTOR, opened_on DATE, opened_precision VARCHAR,
                   status VARCHAR, open BOOLEAN, status_since DATE, overdue BOOLEAN,
                   body VARCHAR, session_title TEXT, session_date DATE,
                   follow_ups BIGINT, last_follow_up_session VARCHAR, last_follow_up_on DATE,
                   sessions_elapsed BIGINT, version BIGINT, last_changed_at TIMESTAMPTZ)
    LANGUAGE plpgsql STABLE AS $$
#variable_conflict use_column
BEGIN
    IF every THEN
        RETURN QUERY SELECT o.* FROM item_overview(as_of, known_at) o;
    ELSIF cardinality(ids) > 0 THEN
        RETURN QUERY SELECT o.* FROM item_overview(as_of, known_at) o WHERE o.item_id = ANY(ids);
    END IF;
END
$$;
