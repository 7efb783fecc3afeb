package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
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
 * Today's scorecard figures from the tallies the items projection keeps (db/V185), optionally for one body's items: the
 * same answers as {@link ItemAssessments} and the party-by-status counts of {@link ItemQueries}, without a pass over
 * every item. Membership-bound parties are counted through body_members_at on the scorecard's date, as {@link Binding}
 * does.
 */
@Component
public class ScoreTallies {

    /** A party's cells: how many were scored, how many n/a, and the sum of the scores. */
    public record Tally(long scored, long notApplicable, long sum) {}

    private static final String MEMBERS = "members AS (SELECT b.code AS body, m.party FROM rm_body b"
            + " CROSS JOIN LATERAL body_members_at(b.code, :asOf, :knownAt) AS m(party))";
    /** An item's body as item_current computes it: its session's body, else its actor when that is a body. */
    private static final String BODIES = "bodies AS (SELECT k.session_id, k.actor, coalesce("
            + "(SELECT s.body FROM rm_session s WHERE s.session_id = k.session_id AND s.recorded_at <= :knownAt),"
            + " (SELECT b.code FROM rm_body b WHERE b.code = k.actor)) AS body"
            + " FROM (SELECT DISTINCT session_id, actor FROM rm_item_scorecard_status) k)";

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ScoreTallies(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    /**
     * The tallies hold every fact known, so they answer for today only, and not while a rebuild has yet to recompute
     * them ({@link CurrentRows#stale}); even then an item with a fact dated after asOf or recorded after knownAt is not
     * answered by them (see {@link #unsettled}).
     */
    public boolean answer(TimeAxes axes) {
        return ItemRows.today(axes) && !CurrentRows.stale(jdbc);
    }

    /**
     * The items whose tallied contribution is not their answer at these axes: a fact of theirs is dated after asOf or
     * recorded after knownAt. Few for today, found through indexes; callers take them off the tallies and add them as
     * computed from history.
     */
    public List<String> unsettled(TimeAxes axes) {
        return jdbc.sql(
                        "SELECT c.item_id FROM rm_item_current c WHERE " + CurrentRows.unsettled("c")
                                + " UNION SELECT item_id FROM rm_item_assessment WHERE world_date > :asOf OR recorded_at > :knownAt")
                .params(ItemRows.withAxes(Map.of(), axes))
                .query(String.class)
                .list();
    }

    /** Runs {@code reads} in one read-only snapshot, so that totals and pages agree. */
    public <T> T consistently(Supplier<T> reads) {
        return snapshot.execute(status -> reads.get());
    }

    /**
     * Per party with a cell in scope (of {@code party} only when given), its cells tallied, leaving out the items named
     * {@code except}. A party may be listed with nothing left.
     */
    public Map<String, Tally> scores(
            String body, String party, AssessmentPeriod period, TimeAxes axes, List<String> except) {
        Map<String, Tally> tallies = new TreeMap<>();
        String onParty = party == null ? "" : " AND t.party = :party";
        statement(
                        "WITH " + MEMBERS + ", " + BODIES
                                + " SELECT t.party, sum(t.scored) AS scored, sum(t.not_applicable) AS na, sum(t.score_sum) AS s"
                                + " FROM (SELECT t.party, t.scored, t.not_applicable, t.score_sum FROM rm_item_scorecard_tally t"
                                + inBody(body, "t") + " WHERE t.period = :period" + onParty + " AND " + counted("t")
                                + " UNION ALL SELECT t.party, -(t.score IS NOT NULL)::int, -(t.score IS NULL)::int,"
                                + " -coalesce(t.score, 0) FROM rm_item_scorecard_cell t" + inBody(body, "t")
                                + " WHERE t.period = :period AND t.item_id = ANY(CAST(:except AS varchar[]))" + onParty
                                + " AND " + counted("t") + ") t GROUP BY t.party",
                        body,
                        party,
                        period,
                        axes,
                        except)
                .query(rs -> {
                    tallies.put(
                            rs.getString("party"), new Tally(rs.getLong("scored"), rs.getLong("na"), rs.getLong("s")));
                });
        return tallies;
    }

    /** How many items in scope have a cell that counts, leaving out the items named {@code except}. */
    public long items(String body, AssessmentPeriod period, TimeAxes axes, List<String> except) {
        return statement(
                        "WITH " + MEMBERS + ", " + BODIES + " SELECT CAST(coalesce(sum(i.items), 0) AS bigint)"
                                + " - (SELECT count(DISTINCT t.item_id) FROM rm_item_scorecard_cell t"
                                + inBody(body, "t")
                                + " WHERE t.period = :period AND t.item_id = ANY(CAST(:except AS varchar[])) AND "
                                + counted("t") + ") FROM rm_item_scorecard_items i" + inBody(body, "i")
                                + " WHERE i.period = :period AND (i.via_body = '' OR EXISTS (SELECT 1"
                                + " FROM members m WHERE m.body = i.via_body AND m.party = ANY(i.parties)))",
                        body,
                        null,
                        period,
                        axes,
                        except)
                .query(Long.class)
                .single();
    }

    /**
     * Per registered party (of {@code party} only when given), its items in scope by status, leaving out the items
     * named {@code except}: its own rows, plus every member row of each body it belongs to, less its own rows under
     * that body (counted once). Counts may be zero.
     */
    public Map<String, Map<String, Long>> statusCounts(String body, String party, TimeAxes axes, List<String> except) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        // Summed per (party, via body, status) once, in scope, before the three passes below: the tally rows are per
        // session and actor (about 7,800 at 100,000 items), and each pass read them all (issue #17).
        String tallied = "(SELECT t.party, t.via_body, t.status, sum(t.n) AS n FROM"
                + " (SELECT t.session_id, t.actor, t.party, t.via_body, t.status, t.items AS n"
                + " FROM rm_item_scorecard_status t UNION ALL SELECT t.session_id, t.actor, t.party, t.via_body, t.status, -1"
                + " FROM rm_item_scorecard_party t WHERE t.item_id = ANY(CAST(:except AS varchar[]))) t"
                + inBody(body, "t") + " GROUP BY t.party, t.via_body, t.status)";
        statement(
                        "WITH " + MEMBERS + ", " + BODIES + ", tallied AS " + tallied
                                + " SELECT c.party, c.status, sum(c.n) AS n FROM ("
                                + "SELECT t.party, t.status, t.n FROM tallied t WHERE t.party <> ''"
                                + " UNION ALL SELECT m.party, t.status, t.n FROM tallied t"
                                + " JOIN members m ON m.body = t.via_body WHERE t.party = ''"
                                + " UNION ALL SELECT t.party, t.status, -t.n FROM tallied t"
                                + " JOIN members m ON m.body = t.via_body AND m.party = t.party WHERE t.party <> '') c"
                                + " JOIN rm_party r ON r.code = c.party AND r.recorded_at <= :knownAt"
                                + (party == null ? "" : " WHERE c.party = :party")
                                + " GROUP BY c.party, c.status",
                        body,
                        party,
                        null,
                        axes,
                        except)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("party"), k -> new TreeMap<>())
                            .put(rs.getString("status"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * One page, by item id, of the items in scope that have a cell that counts (of {@code party} when given), the items
     * named {@code except} left out and the items named {@code extra} put in.
     */
    public List<String> page(
            String body,
            String party,
            AssessmentPeriod period,
            TimeAxes axes,
            List<String> except,
            List<String> extra,
            long offset,
            int size) {
        String tallied =
                "SELECT c.item_id FROM rm_item_scorecard_cell c" + inBody(body, "c") + " WHERE c.period = :period"
                        + (party == null ? "" : " AND c.party = :party") + " AND " + counted("c")
                        + (except.isEmpty() ? "" : " AND NOT c.item_id = ANY(CAST(:except AS varchar[]))")
                        + " GROUP BY c.item_id";
        String ids = extra.isEmpty()
                ? tallied
                : "SELECT p.item_id FROM (" + tallied
                        + " UNION ALL SELECT unnest(CAST(:extra AS varchar[]))) p(item_id)";
        return statement(
                        "WITH " + MEMBERS + ", " + BODIES + " SELECT x.item_id FROM (" + ids + ") x"
                                + " ORDER BY x.item_id LIMIT :limit OFFSET :offset",
                        body,
                        party,
                        period,
                        axes,
                        except)
                .param("extra", extra.toArray(String[]::new))
                .param("limit", size)
                .param("offset", offset)
                .query(String.class)
                .list();
    }

    /** The cells that count of these items (of {@code party} when given), by item id then party. */
    public List<ItemAssessments.Cell> cells(List<String> ids, String party, AssessmentPeriod period, TimeAxes axes) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return statement(
                        "WITH " + MEMBERS + " SELECT c.item_id, c.party, c.compliance FROM rm_item_scorecard_cell c"
                                + " WHERE c.period = :period AND c.item_id = ANY(CAST(:ids AS varchar[]))"
                                + (party == null ? "" : " AND c.party = :party") + " AND " + counted("c")
                                + " ORDER BY c.item_id, c.party",
                        null,
                        party,
                        period,
                        axes,
                        List.of())
                .param("ids", ids.toArray(String[]::new))
                .query((rs, n) -> new ItemAssessments.Cell(
                        rs.getString("item_id"), rs.getString("party"), Compliance.valueOf(rs.getString("compliance"))))
                .list();
    }

    private StatementSpec statement(
            String sql, String body, String party, AssessmentPeriod period, TimeAxes axes, List<String> except) {
        StatementSpec statement = jdbc.sql(sql).params(ItemRows.withAxes(Map.of(), axes));
        if (sql.contains(":except")) {
            statement = statement.param("except", except.toArray(String[]::new));
        }
        if (body != null) {
            statement = statement.param("body", body);
        }
        if (party != null) {
            statement = statement.param("party", party);
        }
        if (sql.contains(":period")) {
            statement = statement.param("period", period == null ? "LATEST" : period.name());
        }
        return statement;
    }

    /** A tally row counts unless its party is bound only as a member of a body it is not a member of today. */
    private static String counted(String alias) {
        return "(" + alias + ".via_body = '' OR EXISTS (SELECT 1 FROM members m WHERE m.body = " + alias
                + ".via_body AND m.party = " + alias + ".party))";
    }

    private static String inBody(String body, String alias) {
        return body == null
                ? ""
                : " JOIN bodies k ON k.session_id = " + alias + ".session_id AND k.actor = " + alias
                        + ".actor AND k.body = :body";
    }
}
