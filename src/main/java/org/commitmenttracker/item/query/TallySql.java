package org.commitmenttracker.item.query;

/**
 * The statement behind {@link ItemTally#counts}: one statement, so the tally and the few items it cannot answer for are
 * read in the same snapshot. Columns (dimension, key, n), by dimension, then largest first, then by key, as
 * {@link ItemCounts} orders them.
 */
final class TallySql {

    /** rm_item_tally's origins (alias r) whose items belong to :body, as item_current resolves an item's body. */
    private static final String IN_BODY = " WHERE (r.session_id <> '' AND r.session_id IN (SELECT s.session_id"
            + " FROM rm_session s WHERE s.body = :body AND s.recorded_at <= :knownAt))"
            + " OR (r.session_id = '' AND r.actor = :body AND EXISTS (SELECT 1 FROM rm_body b WHERE b.code = :body))";

    /** item_current's rows of those items: planning it costs more than the rest, so it is left out when none. */
    private static final String EXACT = "SELECT x.* FROM item_current(:asOf, :knownAt) x"
            + " WHERE x.item_id = ANY(ARRAY(SELECT u.item_id FROM unsettled u)) AND x.open %s";

    private static final String NONE = "SELECT NULL::varchar AS kind, NULL::varchar AS status, NULL::text[] AS themes,"
            + " false AS overdue, NULL::varchar AS actor, NULL::text[] AS binds WHERE false";

    private TallySql() {}

    /** With {@code unsettled}: the statement also counts the items whose stored row is not their answer. */
    static String counts(boolean scoped, boolean unsettled) {
        return """
                WITH unsettled AS MATERIALIZED (
                    SELECT c.* FROM rm_item_current c WHERE %s),
                raw AS (
                    SELECT t.session_id, t.actor, t.dimension, t.key, t.via, t.n FROM rm_item_tally t WHERE t.n <> 0
                    UNION ALL
                    SELECT t.session_id, t.actor, t.dimension, t.key, t.via, -1 FROM unsettled c
                    CROSS JOIN LATERAL item_tally_of(c.open, c.session_id, c.actor, c.kind, c.status, c.themes,
                                                     c.binds, c.due_last_day) t),
                scoped AS MATERIALIZED (
                    SELECT r.dimension, r.key, r.via, sum(r.n) AS n FROM raw r %s GROUP BY 1, 2, 3),
                exact AS MATERIALIZED (%s),
                bound AS (
                    SELECT s.key AS party, s.n FROM scoped s WHERE s.dimension = 'PARTY'
                    UNION ALL
                    SELECT m.party, s.n FROM scoped s
                    CROSS JOIN LATERAL body_members_at(s.key, :asOf, :knownAt) AS m(party)
                    WHERE s.dimension = 'BOUND'
                    UNION ALL
                    SELECT s.key, -s.n FROM scoped s WHERE s.dimension = 'BOUND_PARTY'
                        AND s.key IN (SELECT body_members_at(s.via, :asOf, :knownAt))),
                counts AS (
                    SELECT s.dimension, s.key, s.n FROM scoped s WHERE s.dimension IN ('KIND', 'STATUS', 'THEME')
                    UNION ALL
                    SELECT 'OVERDUE', '', s.n FROM scoped s
                    WHERE s.dimension = 'DUE' AND s.key < to_char(CAST(:asOf AS date), 'YYYY-MM-DD')
                    UNION ALL
                    SELECT 'PARTY', b.party, b.n FROM bound b
                    JOIN rm_party r ON r.code = b.party AND r.recorded_at <= :knownAt
                    UNION ALL SELECT 'KIND', x.kind, 1 FROM exact x
                    UNION ALL SELECT 'STATUS', x.status, 1 FROM exact x
                    UNION ALL SELECT 'THEME', %s, 1 FROM exact x %s
                    UNION ALL SELECT 'OVERDUE', '', 1 FROM exact x WHERE x.overdue
                    UNION ALL SELECT 'PARTY', %s, 1 FROM exact x %s)
                SELECT c.dimension, c.key, sum(c.n) AS n FROM counts c
                GROUP BY 1, 2 HAVING sum(c.n) <> 0 ORDER BY 1, 3 DESC, 2""".formatted(
                        CurrentRows.unsettled("c"),
                        scoped ? IN_BODY : "",
                        unsettled ? EXACT.formatted(scoped ? "AND x.body = :body" : "") : NONE,
                        ItemGrouping.THEME.expression,
                        ItemGrouping.THEME.join,
                        ItemGrouping.PARTY.expression,
                        ItemGrouping.PARTY.join);
    }
}
