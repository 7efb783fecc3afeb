package org.commitmenttracker.reporting.dashboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commitmenttracker.item.query.ItemRows;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts and top lists over item_overview, computed once per request; the lists are {@link ItemRows} like everywhere
 * else.
 */
@Component
public class DashboardQueries {

    static final int MAX_TOP = 100;

    private static final String SCOPE = "dashboard_items";

    private final JdbcClient jdbc;
    private final ItemRows rows;
    private final TransactionTemplate transaction;

    DashboardQueries(JdbcClient jdbc, ItemRows rows, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Dashboard figures(String body, int top, TimeAxes axes) {
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidField("top", "must be between 1 and " + MAX_TOP);
        }
        Map<String, Object> parameters = new HashMap<>();
        String scope = "true";
        if (body != null && !body.isBlank()) {
            scope = "x.body = :body";
            parameters.put("body", body.strip());
        }
        String inScope = scope;
        return transaction.execute(status -> {
            // item_overview is computed once per dashboard, not once per figure: at 100,000 items each
            // pass costs about a second (BENCHMARKS.md). The table lives until this transaction ends.
            Map<String, Object> scoped = new HashMap<>(parameters);
            scoped.put("asOf", axes.asOf());
            scoped.put("knownAt", axes.knownAtParameter());
            jdbc.sql("CREATE TEMPORARY TABLE " + SCOPE
                            + " ON COMMIT DROP AS SELECT x.* FROM item_overview(:asOf, :knownAt) x WHERE " + inScope)
                    .params(scoped)
                    .update();
            jdbc.sql("ANALYZE " + SCOPE).update();
            return new Dashboard(
                    count("x.open"),
                    counts("x.kind", "", "x.open"),
                    counts("x.status", "", "x.open"),
                    counts("t.theme", ", unnest(x.themes) AS t(theme)", "x.open"),
                    counts(
                            "p.party",
                            " CROSS JOIN LATERAL (SELECT DISTINCT unnest(array_prepend(x.actor::text, x.binds)) AS party) p",
                            "x.open"),
                    count("x.open AND x.overdue"),
                    rows.selectFrom(SCOPE, "x.open AND x.overdue", "x.due_last_day ASC", top),
                    rows.selectFrom(SCOPE, "x.open", "x.sessions_elapsed DESC NULLS LAST, x.opened_on ASC", top),
                    rows.selectFrom(SCOPE, "x.follow_ups > 0", "x.follow_ups DESC, x.last_follow_up_on DESC", top),
                    rows.selectFrom(SCOPE, "true", "x.last_changed_at DESC", top),
                    body,
                    axes.asOf(),
                    axes.knownAt());
        });
    }

    private long count(String condition) {
        return jdbc.sql("SELECT count(*) FROM " + SCOPE + " x WHERE " + condition)
                .query(Long.class)
                .single();
    }

    /** Item counts grouped by an expression, largest first. */
    private Map<String, Long> counts(String group, String join, String condition) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + group + " AS k, count(*) AS n FROM " + SCOPE + " x" + join + " WHERE " + condition
                        + " GROUP BY 1 ORDER BY n DESC, k")
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }
}
