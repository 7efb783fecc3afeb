-- The scorecard at past axes without a pass over its scope (issue #17). rm_item_score_span holds, per item, the
-- rectangles of the two time axes (known: recording instants, world: world dates) over which one party's latest
-- assessment of one period is a given score and the item is in the register (rm_item_span, V230): the cells a scorecard
-- shows, so that a page of cells is a walk of an index in item order, with no sort. It also holds, under party '', the
-- rectangles over which the item has a cell at all (per period, and 'LATEST' for either), for the number of items
-- scored and the page's items. Kept by item_score_span_refresh (R__item_functions_4c_score_span.sql), which
-- item_current_refresh calls for the same items right after rm_item_span, so live batches and the recomputation after
-- a rebuild's replay keep it; emptied with the other derived tables (item_derived_reset) and not read while stale.
--
-- Membership is never folded in, as in the tallies of V185: a party bound only as a member of the body that adopted a
-- decision (Binding) is kept under via_body = that body and counted while body_members_at says it takes part. An item
-- row whose cells are all such parties' carries them in members, and counts while one of them takes part.
CREATE TABLE rm_item_score_span (
    item_id     VARCHAR(64)  NOT NULL,
    known       TSTZRANGE    NOT NULL,
    world       DATERANGE    NOT NULL,
    -- Cells: INTERIM or FINAL. Item rows: INTERIM, FINAL or LATEST (a cell of either period).
    period      VARCHAR(16)  NOT NULL,
    -- '' for an item row.
    party       VARCHAR(64)  NOT NULL,
    -- A cell that is also the party's latest over both periods (a final score replaces an interim one); item rows true.
    latest      BOOLEAN      NOT NULL,
    via_body    VARCHAR(64)  NOT NULL,
    members     TEXT[]       NOT NULL,
    -- '' and NULL for an item row; score is NULL for n/a.
    compliance  VARCHAR(16)  NOT NULL,
    score       SMALLINT
);
-- The refresh, by item; and the cells of a page's items.
CREATE INDEX rm_item_score_span_item_idx ON rm_item_score_span (item_id);
-- A page: the item rows ('') or one party's cells in item order, tested against the point from the index alone.
CREATE INDEX rm_item_score_span_page_idx ON rm_item_score_span (party, item_id)
    INCLUDE (period, latest, known, world, via_body, members, compliance);

-- How many of the rectangles above contain a point, per group, without reading them: along one axis, the number of
-- intervals that contain t is the number that start at or before t less the number that end at or before t. Axis 'W'
-- holds the world bounds of the rectangles known now (upper(known) open), which are all the rectangles that contain a
-- point known at or after every recorded instant; axis 'K' the known bounds of the rectangles open on the world axis,
-- all that contain a point dated on or after every world date (item_score_axis says which applies). Each bound is kept
-- twice: exactly (monthly false, at the bound) and summed into its month (monthly true, at the month's first instant,
-- UTC), so a reader sums the months before the point's and the exact bounds of its own month: a few thousand rows.
-- World dates are kept as their first instant, UTC. Zero rows are deleted.
CREATE TABLE rm_item_score_step (
    axis        CHAR(1)      NOT NULL,
    monthly     BOOLEAN      NOT NULL,
    at          TIMESTAMPTZ  NOT NULL,
    period      VARCHAR(16)  NOT NULL,
    party       VARCHAR(64)  NOT NULL,
    latest      BOOLEAN      NOT NULL,
    via_body    VARCHAR(64)  NOT NULL,
    members     TEXT[]       NOT NULL,
    compliance  VARCHAR(16)  NOT NULL,
    score       SMALLINT,
    n           BIGINT       NOT NULL,
    PRIMARY KEY (axis, monthly, at, period, party, latest, via_body, members, compliance)
);
