-- Today's scorecard from tallies kept incrementally by the items projection (issue #17): summing a few
-- thousand tally rows instead of passing over every assessed item. Past axes keep computing from the
-- versioned rows (ItemAssessments, item_current).
--
-- Keys. Every tally is keyed by the item's session and actor ('' for no session), so that a body filter
-- can be answered (an item's body is its session's body or its actor when that is a body, resolved at
-- read time: sessions come from another processor). A party bound only through a body's membership
-- (Binding: a decision whose binds name the body that adopted it) is tallied under via_body = that body
-- and counted only while it is a member on the scorecard's date, asked of body_members_at at read time;
-- membership is never folded into a tally.
--
-- Each item's contribution is kept per item (rm_item_scorecard_cell, rm_item_scorecard_party), so that when the item
-- changes (a status, a correction of its binds, a later assessment) exactly its old contribution is taken
-- off the tallies and its new one added (item_scorecard_refresh). The rebuild truncates all of them and
-- replays the events.

-- Each party's latest assessment of an item in each period, and over both periods ('LATEST': a final
-- score replaces an interim one whatever the dates; then the later world date; then the later version).
CREATE TABLE rm_item_scorecard_cell (
    item_id     VARCHAR(64) NOT NULL,
    period      VARCHAR(16) NOT NULL,
    party       VARCHAR(64) NOT NULL,
    compliance  VARCHAR(16) NOT NULL,
    score       SMALLINT,
    session_id  VARCHAR(64) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    via_body    VARCHAR(64) NOT NULL,
    PRIMARY KEY (item_id, period, party)
);
-- The scorecard's item lines in item order; a party's scores in item order.
CREATE INDEX rm_item_scorecard_cell_page_idx ON rm_item_scorecard_cell (period, item_id);
CREATE INDEX rm_item_scorecard_cell_party_idx ON rm_item_scorecard_cell (party, period, item_id);

-- Per party: how many cells were scored, how many n/a, and the sum of the scores (ComplianceAverage).
CREATE TABLE rm_item_scorecard_tally (
    session_id      VARCHAR(64) NOT NULL,
    actor           VARCHAR(64) NOT NULL,
    period          VARCHAR(16) NOT NULL,
    party           VARCHAR(64) NOT NULL,
    via_body        VARCHAR(64) NOT NULL,
    scored          BIGINT      NOT NULL,
    not_applicable  BIGINT      NOT NULL,
    score_sum       BIGINT      NOT NULL,
    PRIMARY KEY (session_id, actor, period, party, via_body)
);

-- Assessed items counted. An item with a cell that counts whatever the membership is tallied under
-- via_body '' and no parties; an item whose every cell is a member's is tallied under its body and the
-- sorted set of those members, and counts while one of them is a member.
CREATE TABLE rm_item_scorecard_items (
    session_id  VARCHAR(64) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    period      VARCHAR(16) NOT NULL,
    via_body    VARCHAR(64) NOT NULL,
    parties     TEXT[]      NOT NULL,
    items       BIGINT      NOT NULL,
    PRIMARY KEY (session_id, actor, period, via_body, parties)
);

-- The parties an item names (its actor and binds) with its status; via_body is the actor when the item
-- binds its body's members, and then a row with party '' stands for every member. A member's count is
-- its own rows, plus the '' rows of each body it belongs to, minus its own rows under that body (an item
-- that names it and binds it as a member counts once).
CREATE TABLE rm_item_scorecard_party (
    item_id     VARCHAR(64) NOT NULL,
    party       VARCHAR(64) NOT NULL,
    session_id  VARCHAR(64) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    via_body    VARCHAR(64) NOT NULL,
    status      VARCHAR(32) NOT NULL,
    PRIMARY KEY (item_id, party)
);

CREATE TABLE rm_item_scorecard_status (
    session_id  VARCHAR(64) NOT NULL,
    actor       VARCHAR(64) NOT NULL,
    party       VARCHAR(64) NOT NULL,
    via_body    VARCHAR(64) NOT NULL,
    status      VARCHAR(32) NOT NULL,
    items       BIGINT      NOT NULL,
    PRIMARY KEY (session_id, actor, party, via_body, status)
);

-- The check that the tallies are today's answer: no assessment dated after the date or recorded after
-- the instant (rm_item_current has its own indexes for the items).
CREATE INDEX rm_item_assessment_world_date_idx ON rm_item_assessment (world_date);
CREATE INDEX rm_item_assessment_recorded_idx ON rm_item_assessment (recorded_at);

-- The cells of these items as they are now, from rm_item_assessment and rm_item_current.
CREATE FUNCTION item_scorecard_cells(ids VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, period VARCHAR, party VARCHAR, compliance VARCHAR, score SMALLINT,
                   session_id VARCHAR, actor VARCHAR, via_body VARCHAR)
    LANGUAGE sql STABLE AS $$
SELECT l.item_id, l.period, l.party, l.compliance, l.score, coalesce(c.session_id, ''), c.actor,
       CASE WHEN c.actor = ANY(c.binds) AND l.party <> c.actor AND NOT l.party = ANY(c.binds)
            THEN c.actor ELSE '' END::varchar
FROM (
    (SELECT DISTINCT ON (a.item_id, a.party, a.period) a.item_id, a.period, a.party, a.compliance, a.score
     FROM rm_item_assessment a WHERE a.item_id = ANY(ids)
     ORDER BY a.item_id, a.party, a.period, a.world_date DESC, a.version DESC)
    UNION ALL
    (SELECT DISTINCT ON (a.item_id, a.party) a.item_id, 'LATEST'::varchar, a.party, a.compliance, a.score
     FROM rm_item_assessment a WHERE a.item_id = ANY(ids)
     ORDER BY a.item_id, a.party, CASE a.period WHEN 'FINAL' THEN 1 ELSE 0 END DESC, a.world_date DESC,
              a.version DESC)
) l JOIN rm_item_current c ON c.item_id = l.item_id
$$;

-- The parties these items name, as they are now (see rm_item_scorecard_party).
CREATE FUNCTION item_scorecard_parties(ids VARCHAR[])
    RETURNS TABLE (item_id VARCHAR, party VARCHAR, session_id VARCHAR, actor VARCHAR, via_body VARCHAR,
                   status VARCHAR)
    LANGUAGE sql STABLE AS $$
SELECT c.item_id, p.party::varchar, coalesce(c.session_id, ''), c.actor,
       CASE WHEN c.actor = ANY(c.binds) THEN c.actor ELSE '' END::varchar, c.status
FROM rm_item_current c
CROSS JOIN LATERAL (SELECT c.actor::text AS party UNION SELECT b FROM unnest(c.binds) b
                    UNION SELECT '' WHERE c.actor = ANY(c.binds)) p
WHERE c.item_id = ANY(ids)
$$;

-- Replaces these items' contributions to the tallies: called by the items projection once per batch, after
-- item_current_refresh. Each tally is changed by one statement in key order, so two segments committing
-- at once lock the rows they share in the same order and cannot deadlock. A tally row that falls to zero
-- is deleted (only among the keys this call changed, which it holds locked already), so the tables hold
-- the same rows however the replay was cut into batches.
CREATE FUNCTION item_scorecard_refresh(ids VARCHAR[]) RETURNS VOID
    LANGUAGE plpgsql AS $$
DECLARE
    old_cells rm_item_scorecard_cell[] := ARRAY(SELECT c FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids));
    old_parties rm_item_scorecard_party[] := ARRAY(SELECT p FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids));
BEGIN
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
    DELETE FROM rm_item_scorecard_status t WHERE t.items = 0 AND (t.session_id, t.actor, t.party, t.via_body, t.status) IN (
        SELECT p.session_id, p.actor, p.party, p.via_body, p.status FROM rm_item_scorecard_party p WHERE p.item_id = ANY(ids)
        UNION ALL SELECT o.session_id, o.actor, o.party, o.via_body, o.status FROM unnest(old_parties) o);

    DELETE FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids);
    INSERT INTO rm_item_scorecard_cell SELECT * FROM item_scorecard_cells(ids);
    INSERT INTO rm_item_scorecard_tally AS t (session_id, actor, period, party, via_body, scored, not_applicable, score_sum)
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
            SELECT c.session_id, c.actor, c.period, c.party, c.via_body FROM rm_item_scorecard_cell c WHERE c.item_id = ANY(ids)
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

-- Tallies for the items already projected, so that no rebuild is needed on upgrade.
SELECT item_scorecard_refresh(ARRAY(SELECT item_id FROM rm_item));
