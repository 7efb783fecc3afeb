package org.commitmenttracker.dashboard;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.commitmenttracker.asof.TimeAxes;
import org.commitmenttracker.itemview.ItemRows;
import org.commitmenttracker.problem.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts and top lists over item_overview; the lists are {@link ItemRows} like everywhere else. */
@Component
public class DashboardQueries {

    static final int MAX_TOP = 100;

    private final JdbcClient jdbc;
    private final ItemRows rows;

    DashboardQueries(JdbcClient jdbc, ItemRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
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
        String open = scope + " AND x.open";
        return new Dashboard(
                rows.count(open, parameters, axes),
                counts("x.kind", "", open, parameters, axes),
                counts("x.status", "", open, parameters, axes),
                counts("t.theme", ", unnest(x.themes) AS t(theme)", open, parameters, axes),
                counts("p.party", " CROSS JOIN LATERAL (SELECT DISTINCT unnest(array_prepend(x.actor::text, x.binds)) AS party) p",
                        open, parameters, axes),
                rows.count(open + " AND x.overdue", parameters, axes),
                rows.select(open + " AND x.overdue", parameters, "x.due_last_day ASC", top, 0, axes),
                rows.select(open, parameters, "x.sessions_elapsed DESC NULLS LAST, x.opened_on ASC", top, 0, axes),
                rows.select(scope + " AND x.follow_ups > 0", parameters, "x.follow_ups DESC, x.last_follow_up_on DESC",
                        top, 0, axes),
                rows.select(scope, parameters, "x.last_changed_at DESC", top, 0, axes),
                body, axes.asOf(), axes.knownAt());
    }

    /** Item counts grouped by an expression, largest first. */
    private Map<String, Long> counts(String group, String join, String condition, Map<String, Object> parameters,
                                     TimeAxes axes) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("asOf", axes.asOf());
        all.put("knownAt", axes.knownAtParameter());
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT " + group + " AS k, count(*) AS n FROM item_overview(:asOf, :knownAt) x" + join
                        + " WHERE " + condition + " GROUP BY 1 ORDER BY n DESC, k")
                .params(all)
                .query(rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                });
        return counts;
    }
}
