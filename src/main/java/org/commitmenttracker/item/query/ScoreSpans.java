package org.commitmenttracker.item.query;

import org.commitmenttracker.item.AssessmentPeriod;

/**
 * The SQL of {@link ScopeScores} for the whole register at a point on one axis (issue #17): the scorecard's cells kept
 * as rectangles of both time axes (rm_item_score_span, db/V285), so that their tallies are sums of kept steps along the
 * axis asked (item_score_counts), a page of cells a walk of an index in item order, and nothing reads every item in
 * scope for them. Which cells count is the rule of {@link ItemAssessments#counting}, kept in those rows: the period and
 * party asked, each party's latest assessment, and a party bound only as a member of the item's body (via_body) counted
 * while it takes part, asked of body_binds_member here for each group of rows.
 */
final class ScoreSpans {

    private ScoreSpans() {}

    /**
     * Whether these rows answer: every item, of any or one period and party (the benchmark's and the party pages'
     * scorecards), at a point one of whose axes is on or after every fact (item_score_axis gives the axis). Narrower
     * scopes (body, theme, opening dates, session) depend on the item's state and its session at the point, which the
     * rows do not keep.
     */
    static boolean suit(ItemCriteria scope) {
        return ItemCriteria.any().equals(scope);
    }

    /** A row of rm_item_score_span (alias r), a cell or an item row, that counts at the axes, membership asked. */
    private static String counts(String r) {
        return "(" + r + ".via_body = '' OR (" + r + ".party <> '' AND body_binds_member(" + r + ".via_body, " + r
                + ".party, :asOf, :knownAt)) OR (" + r + ".party = '' AND EXISTS (SELECT 1 FROM unnest(" + r
                + ".members) AS m(party) WHERE body_binds_member(" + r + ".via_body, m.party, :asOf, :knownAt))))";
    }

    /** A cell (alias r) of the period asked, or each party's latest over both periods. */
    private static String cellOf(AssessmentPeriod period, String party, String r) {
        return r + ".party <> '' AND " + (period == null ? r + ".latest" : r + ".period = :period")
                + (party == null ? "" : " AND " + r + ".party = :cellParty");
    }

    private static String contains(String r) {
        return r + ".known @> CAST(:knownAt AS timestamptz) AND " + r + ".world @> CAST(:asOf AS date)";
    }

    /**
     * The figures' rows but the status counts, in the columns of {@link ScopeScores}' statement: the page's cells
     * (numbered in item then party order), each party's tally, and the items with a cell (one party's cells when a
     * party is asked: it has one cell per item).
     */
    static String figures(AssessmentPeriod period, String party) {
        String kept = "kept AS (SELECT g.* FROM item_score_counts(:asOf, :knownAt, :axis) g WHERE " + counts("g") + ")";
        String itemRows = party == null
                ? "g.party = '' AND g.period = '" + (period == null ? "LATEST" : period.name()) + "'"
                : cellOf(period, party, "g");
        String page;
        if (party == null) {
            // The page's items in item order from their item rows, then their cells by item id.
            String items = "SELECT x.item_id FROM rm_item_score_span x WHERE x.party = '' AND x.period = '"
                    + (period == null ? "LATEST" : period.name()) + "' AND " + contains("x") + " AND " + counts("x")
                    + " ORDER BY x.item_id LIMIT :size OFFSET :offset";
            page = "SELECT c.item_id, c.party, c.compliance FROM rm_item_score_span c"
                    + " WHERE c.item_id = ANY(ARRAY(" + items + ")) AND " + cellOf(period, null, "c") + " AND "
                    + contains("c") + " AND " + counts("c");
        } else {
            page = "SELECT c.item_id, c.party, c.compliance FROM rm_item_score_span c WHERE "
                    + cellOf(period, party, "c") + " AND " + contains("c") + " AND " + counts("c")
                    + " ORDER BY c.item_id LIMIT :size OFFSET :offset";
        }
        return "WITH " + kept + ", page AS (" + page + ")"
                + " SELECT 'CELL' AS row_kind, c.item_id, c.party, c.compliance AS k,"
                + " row_number() OVER (ORDER BY c.item_id, c.party) AS n, CAST(0 AS bigint) AS na,"
                + " CAST(0 AS bigint) AS s FROM page c"
                + " UNION ALL SELECT 'SCORE', NULL, g.party, NULL,"
                + " CAST(coalesce(sum(g.n) FILTER (WHERE g.score IS NOT NULL), 0) AS bigint),"
                + " CAST(coalesce(sum(g.n) FILTER (WHERE g.score IS NULL), 0) AS bigint),"
                + " CAST(coalesce(sum(g.n * g.score), 0) AS bigint)"
                + " FROM kept g WHERE " + cellOf(period, party, "g") + " GROUP BY g.party HAVING sum(g.n) <> 0"
                + " UNION ALL SELECT 'ITEMS', NULL, NULL, NULL, CAST(coalesce(sum(g.n), 0) AS bigint), 0, 0 FROM kept g WHERE "
                + itemRows;
    }
}
