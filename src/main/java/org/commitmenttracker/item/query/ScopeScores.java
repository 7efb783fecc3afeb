package org.commitmenttracker.item.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A computed scorecard's figures over every item in scope, in one statement that reads the scope once: each party's
 * latest assessments tallied (as {@link ItemAssessments#latest} gives them), how many items have one, the cells of one
 * page of those items, and the party-by-status counts (as {@link ItemQueries#counts} gives them with
 * {@link ItemGrouping#PARTY} and {@link ItemGrouping#STATUS}). At past axes the scope is the as-of rectangles
 * ({@link ItemRows#scope}); reading them twice, once for the cells and once for the counts, and sending all 48,000
 * cells to be tallied here, was most of the scorecard's time at full size (issue #17). For the whole register the
 * figures are read from kept rows instead ({@link #kept}), and nothing reads every item in scope.
 */
@Component
public class ScopeScores {

    /**
     * The figures: {@code page} is the cells of the page's items in item id order (by party within an item),
     * {@code scores} each party's tally of its cells in scope (only parties with a cell), {@code items} how many items
     * have a cell, {@code counts} each registered party's items in scope by status.
     */
    public record Figures(
            List<ItemAssessments.Cell> page,
            Map<String, ScoreTallies.Tally> scores,
            long items,
            Map<String, Map<String, Long>> counts) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ScopeScores(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /**
     * The figures of the items matching {@code scope}, of one period's assessments when {@code period} is given, of one
     * party when {@code party} is given (its cells, and its counts over the items it is the actor of or is bound by).
     * The page is items {@code offset + 1} to {@code offset + size} of those with a cell, by item id.
     */
    public Figures of(
            ItemCriteria scope, AssessmentPeriod period, String party, TimeAxes axes, long offset, long size) {
        if (!ScoreSpans.suit(scope)) {
            return read(scope, period, party, axes, offset, size);
        }
        // In one snapshot: the flag and the axis say what the rows read after them answer.
        return snapshot.execute(status -> {
            String axis = jdbc.sql("SELECT CASE WHEN c.stale THEN NULL ELSE item_score_axis(:asOf, :knownAt) END"
                            + " FROM rm_item_current_state c")
                    .params(ItemRows.withAxes(Map.of(), axes))
                    .query(String.class)
                    .optional()
                    .orElse(null);
            return axis == null
                    ? read(scope, period, party, axes, offset, size)
                    : kept(axis, period, party, axes, offset, size);
        });
    }

    /**
     * From the scorecard's kept rectangles (db/V285, {@link ScoreSpans}) along {@code axis}, and the status counts from
     * the rectangles' steps (db/V284, {@link SpanSteps}) along the axis that leaves fewest items to correct: the pass
     * over every rectangle at the point (about 54,000 at full size) was 95-127 ms of the statement. When both axes
     * would leave many, that pass still counts them. Called in the snapshot that read the stale flag.
     */
    private Figures kept(String axis, AssessmentPeriod period, String party, TimeAxes axes, long offset, long size) {
        ItemCriteria scope = ItemCriteria.any();
        ItemConditions items = ItemConditions.of(scope, axes);
        SpanSteps.Axis steps = SpanSteps.cheapest(jdbc, axes);
        String groups = steps != null
                ? SpanSteps.statusGroups(steps)
                : "(SELECT x.actor, x.binds, x.status, count(*) AS n FROM " + ItemRows.scope(scope, axes) + " x WHERE "
                        + items.sql() + " GROUP BY 1, 2, 3)";
        String sql = ScoreSpans.figures(period, party) + " UNION ALL " + statusCounts(groups, party);
        var statement = jdbc.sql(sql)
                .params(items.parameters())
                .param("axis", axis)
                .param("offset", offset)
                .param("size", size);
        return collect(withFilters(statement, period, party));
    }

    private Figures read(
            ItemCriteria scope, AssessmentPeriod period, String party, TimeAxes axes, long offset, long size) {
        ItemConditions items = ItemConditions.of(scope, axes);
        // Materialized: both the cells and the counts read it, and it is read from the rectangles (or computed) once.
        String inScope = "x AS MATERIALIZED (SELECT x.item_id, x.actor, x.binds, x.status FROM "
                + ItemRows.scope(scope, axes) + " x WHERE " + items.sql() + ")";
        // ItemAssessments.latest over the scope read above; numbered in its order (no second sort), the page is chosen
        // by item number and sent alone.
        String latest = "latest AS (SELECT DISTINCT ON (a.item_id, a.party) a.item_id, a.party, a.compliance, a.score"
                + " FROM rm_item_assessment a JOIN x ON x.item_id = a.item_id"
                + " WHERE " + ItemAssessments.counting(period, party == null ? null : "cellParty")
                + " ORDER BY a.item_id, a.party, " + ItemAssessments.LATEST + ")";
        String cells = "cells AS (SELECT c.*, dense_rank() OVER (ORDER BY c.item_id) AS item_no,"
                + " row_number() OVER (ORDER BY c.item_id, c.party) AS cell_no FROM latest c)";
        // ItemGrouping.PARTY resolves each item's parties; here once per (actor, binds) and status for all the items
        // that share them (a dozen pairs at full size), as ItemSpanTally does. One party's counts are its own row of
        // everyone's: it is among an item's parties exactly when the item names it as actor or binds it (Binding).
        String counts =
                statusCounts("(SELECT x.actor, x.binds, x.status, count(*) AS n FROM x GROUP BY 1, 2, 3)", party);
        String sql = "WITH " + inScope + ", " + latest + ", " + cells
                + " SELECT 'CELL' AS row_kind, c.item_id, c.party, c.compliance AS k, c.cell_no AS n, 0 AS na, 0 AS s"
                + " FROM cells c WHERE c.item_no > :offset AND c.item_no <= :last"
                + " UNION ALL SELECT 'SCORE', NULL, c.party, NULL, count(c.score), count(*) - count(c.score),"
                + " coalesce(sum(c.score), 0) FROM cells c GROUP BY c.party"
                + " UNION ALL SELECT 'ITEMS', NULL, NULL, NULL, coalesce(max(c.item_no), 0), 0, 0 FROM cells c"
                + " UNION ALL " + counts;
        var statement =
                jdbc.sql(sql).params(items.parameters()).param("offset", offset).param("last", offset + size);
        return collect(withFilters(statement, period, party));
    }

    /**
     * The party-by-status counts of the items in {@code groups} (rows of actor, binds, status and n), in the columns of
     * the statement's other rows. A key whose rows come to 0 is left out: the steps' rows of an item counted apart are
     * taken back by rows of -1.
     */
    static String statusCounts(String groups, String party) {
        return "SELECT 'STATUS', NULL, " + ItemGrouping.PARTY.expression + ", x.status, CAST(sum(x.n) AS bigint), 0, 0"
                + " FROM " + groups + " x" + ItemGrouping.PARTY.join
                + (party == null ? "" : " WHERE " + ItemGrouping.PARTY.expression + " = :cellParty")
                + " GROUP BY 3, 4 HAVING sum(x.n) <> 0";
    }

    private static StatementSpec withFilters(StatementSpec statement, AssessmentPeriod period, String party) {
        if (period != null) {
            statement = statement.param("period", period.name());
        }
        if (party != null) {
            statement = statement.param("cellParty", party);
        }
        return statement;
    }

    private static Figures collect(StatementSpec statement) {
        List<Numbered> page = new ArrayList<>();
        Map<String, ScoreTallies.Tally> scores = new TreeMap<>();
        Map<String, Map<String, Long>> byStatus = new TreeMap<>();
        long[] total = {0};
        statement.query(rs -> {
            String who = rs.getString("party");
            long n = rs.getLong("n");
            switch (rs.getString("row_kind")) {
                case "CELL" ->
                    page.add(new Numbered(
                            n,
                            new ItemAssessments.Cell(
                                    rs.getString("item_id"), who, Compliance.valueOf(rs.getString("k")))));
                case "SCORE" -> scores.put(who, new ScoreTallies.Tally(n, rs.getLong("na"), rs.getLong("s")));
                case "ITEMS" -> total[0] = n;
                default -> byStatus.computeIfAbsent(who, k -> new TreeMap<>()).put(rs.getString("k"), n);
            }
        });
        page.sort(Comparator.comparingLong(Numbered::number));
        return new Figures(page.stream().map(Numbered::cell).toList(), scores, total[0], byStatus);
    }

    private record Numbered(long number, ItemAssessments.Cell cell) {}
}
