-- Repeatable (R__): redefining the function is an edit here (it was V185's). It runs before
-- R__item_functions_5_current.sql (name order), whose item_current_refresh calls it.

-- Replaces these items' contributions to the tallies: called by the items projection once per batch, after
-- item_current_refresh. Each tally is changed by one statement in key order, so two segments committing
-- at once lock the rows they share in the same order and cannot deadlock. A tally row that falls to zero
-- is deleted (only among the keys this call changed, which it holds locked already), so the tables hold
-- the same rows however the replay was cut into batches. While the derived tables are stale (V220) only the items'
-- parties and cells are written: the recomputation's chunks, which run at once, would take turns on the shared tally
-- rows, so the tallies are filled from the cells and parties at its end (item_derived_fill).
CREATE OR REPLACE FUNCTION item_scorecard_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    old_cells rm_item_scorecard_cell[];
    old_parties rm_item_scorecard_party[];
BEGIN
    IF (SELECT s.stale FROM rm_item_current_state s) THEN
        DELETE FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids);
        INSERT INTO rm_item_scorecard_party SELECT * FROM item_scorecard_parties(ids);
        DELETE FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids);
        INSERT INTO rm_item_scorecard_cell SELECT * FROM item_scorecard_cells(ids);
        RETURN;
    END IF;
    old_cells := ARRAY(SELECT c FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids));
    old_parties := ARRAY(SELECT p FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids));
    DELETE FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids);
    INSERT INTO rm_item_scorecard_party SELECT * FROM item_scorecard_parties(ids);
    INSERT INTO rm_item_scorecard_status AS t (session_id, actor, party, via_body, status, items)
    SELECT d.session_id, d.actor, d.party, d.via_body, d.status, sum(d.n)
    FROM (SELECT p.session_id, p.actor, p.party, p.via_body, p.status, 1 AS n
          FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids)
          UNION ALL
          SELECT o.session_id, o.actor, o.party, o.via_body, o.status, -1 FROM unnest(old_parties) o) d
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (session_id, actor, party, via_body, status) DO UPDATE SET items = t.items + excluded.items;
    DELETE FROM rm_item_scorecard_status t
    WHERE t.items = 0 AND (t.session_id, t.actor, t.party, t.via_body, t.status) IN (
        SELECT p.session_id, p.actor, p.party, p.via_body, p.status FROM rm_item_scorecard_party p
        WHERE p.item_id = ANY(ids)
        UNION ALL SELECT o.session_id, o.actor, o.party, o.via_body, o.status FROM unnest(old_parties) o);

    DELETE FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids);
    INSERT INTO rm_item_scorecard_cell SELECT * FROM item_scorecard_cells(ids);
    INSERT INTO rm_item_scorecard_tally AS t (session_id, actor, period, party, via_body, scored, not_applicable,
                                              score_sum)
    SELECT d.session_id, d.actor, d.period, d.party, d.via_body, sum(d.n * (d.score IS NOT NULL)::int),
           sum(d.n * (d.score IS NULL)::int), coalesce(sum(d.n * d.score), 0)
    FROM (SELECT c.session_id, c.actor, c.period, c.party, c.via_body, c.score, 1 AS n
          FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids)
          UNION ALL
          SELECT o.session_id, o.actor, o.period, o.party, o.via_body, o.score, -1 FROM unnest(old_cells) o) d
    GROUP BY 1, 2, 3, 4, 5
    HAVING sum(d.n * (d.score IS NOT NULL)::int) <> 0 OR sum(d.n * (d.score IS NULL)::int) <> 0
        OR coalesce(sum(d.n * d.score), 0) <> 0
    ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (session_id, actor, period, party, via_body) DO UPDATE SET
        scored = t.scored + excluded.scored, not_applicable = t.not_applicable + excluded.not_applicable,
        score_sum = t.score_sum + excluded.score_sum;
    DELETE FROM rm_item_scorecard_tally t WHERE t.scored = 0 AND t.not_applicable = 0
        AND (t.session_id, t.actor, t.period, t.party, t.via_body) IN (
            SELECT c.session_id, c.actor, c.period, c.party, c.via_body FROM rm_item_scorecard_cell c
            WHERE c.item_id = ANY(ids)
            UNION ALL SELECT o.session_id, o.actor, o.period, o.party, o.via_body FROM unnest(old_cells) o);

    INSERT INTO rm_item_scorecard_items AS t (session_id, actor, period, via_body, parties, items)
    SELECT d.session_id, d.actor, d.period, d.via_body, d.parties, sum(d.n)
    FROM (SELECT g.session_id, g.actor, g.period,
                 CASE WHEN g.anyone THEN '' ELSE g.actor END AS via_body,
                 CASE WHEN g.anyone THEN '{}'::text[] ELSE g.members END AS parties, g.n
          FROM (SELECT c.session_id, c.actor, c.period, c.n, bool_or(c.via_body = '') AS anyone,
                       array_agg(c.party::text ORDER BY c.party) AS members
                FROM (SELECT c.item_id, c.session_id, c.actor, c.period, c.party, c.via_body, 1 AS n
                      FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids)
                      UNION ALL
                      SELECT o.item_id, o.session_id, o.actor, o.period, o.party, o.via_body, -1
                      FROM unnest(old_cells) o) c
                GROUP BY c.item_id, c.session_id, c.actor, c.period, c.n) g) d
    GROUP BY 1, 2, 3, 4, 5 HAVING sum(d.n) <> 0 ORDER BY 1, 2, 3, 4, 5
    ON CONFLICT (session_id, actor, period, via_body, parties) DO UPDATE SET items = t.items + excluded.items;
    DELETE FROM rm_item_scorecard_items t WHERE t.items = 0
        AND (t.session_id, t.actor, t.period) IN (
            SELECT c.session_id, c.actor, c.period FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids)
            UNION ALL SELECT o.session_id, o.actor, o.period FROM unnest(old_cells) o);
END
$$;

-- What the tables hold may have changed with this file: they are emptied and recomputed in the background
-- (item_derived_reset, R__item_functions_0_derived.sql).
SELECT item_derived_reset(NULL);
