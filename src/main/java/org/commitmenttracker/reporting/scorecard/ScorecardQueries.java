package org.commitmenttracker.reporting.scorecard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The raw material of scorecards: assessment cells and status counts within both time bounds. */
@Component
class ScorecardQueries {

    private final JdbcClient jdbc;

    ScorecardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each party's latest assessment of each item in scope (of one period when the filter names it). */
    List<Cell> cells(ScorecardFilter filter, String party, TimeAxes axes) {
        Map<String, Object> parameters = parameters(axes);
        String items = filter.itemCondition(parameters);
        String sql = """
                SELECT DISTINCT ON (a.item_id, a.party) a.item_id, a.party, a.compliance
                FROM rm_item_assessment a JOIN item_overview(:asOf, :knownAt) x ON x.item_id = a.item_id
                WHERE a.recorded_at <= :knownAt AND a.world_date <= :asOf AND\s""" + items;
        if (filter.period() != null) {
            sql += " AND a.period = :period";
            parameters.put("period", filter.period().name());
        }
        if (party != null) {
            sql += " AND a.party = :party";
            parameters.put("party", party);
        }
        return jdbc.sql(sql + " ORDER BY a.item_id, a.party, a.version DESC")
                .params(parameters)
                .query((rs, n) -> new Cell(
                        rs.getString("item_id"), rs.getString("party"), Compliance.valueOf(rs.getString("compliance"))))
                .list();
    }

    /** Per registered party (the actor or a bound party; bodies are not parties), its items in scope by status. */
    Map<String, Map<String, Long>> statusCounts(ScorecardFilter filter, String party, TimeAxes axes) {
        Map<String, Object> parameters = parameters(axes);
        String items = filter.itemCondition(parameters);
        String sql = """
                SELECT p.party, x.status, count(*) AS n
                FROM item_overview(:asOf, :knownAt) x
                CROSS JOIN LATERAL (SELECT DISTINCT unnest(array_prepend(x.actor::text, x.binds)) AS party) p
                JOIN rm_party r ON r.code = p.party AND r.recorded_at <= :knownAt
                WHERE\s""" + items;
        if (party != null) {
            sql += " AND p.party = :party";
            parameters.put("party", party);
        }
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql(sql + " GROUP BY p.party, x.status").params(parameters).query(rs -> {
            counts.computeIfAbsent(rs.getString("party"), p -> new TreeMap<>())
                    .put(rs.getString("status"), rs.getLong("n"));
        });
        return counts;
    }

    Map<String, String> partyNames(TimeAxes axes) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM rm_party WHERE recorded_at <= :knownAt")
                .param("knownAt", axes.knownAtParameter())
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }

    private static Map<String, Object> parameters(TimeAxes axes) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", axes.asOf());
        parameters.put("knownAt", axes.knownAtParameter());
        return parameters;
    }

    record Cell(String itemId, String party, Compliance score) {}
}
