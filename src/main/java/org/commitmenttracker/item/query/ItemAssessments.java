package org.commitmenttracker.item.query;

import java.util.List;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Compliance assessments of the items in scope, within both time bounds: the raw material of scorecards. */
@Component
public class ItemAssessments {

    /** One party's score on one item. */
    public record Cell(String itemId, String party, Compliance score) {}

    /**
     * The latest period first (a final score replaces an interim one, whatever their dates), then the later world date.
     * The version only breaks a tie of period and date: the order of recording never decides otherwise.
     */
    static final String LATEST = "CASE a.period WHEN 'FINAL' THEN 1 ELSE 0 END DESC, a.world_date DESC, a.version DESC";

    /**
     * Which assessments {@code a} of an item {@code x} of the scope count at the axes: known and dated by then, of the
     * period when one is given, of the party named by {@code partyParameter} when given. A member bound only through
     * the body counts while it takes part (Binding), whenever it was assessed.
     */
    static String counting(AssessmentPeriod period, String partyParameter) {
        return "a.recorded_at <= :knownAt AND a.world_date <= :asOf"
                + " AND (NOT x.actor = ANY(x.binds) OR a.party = x.actor OR a.party = ANY(x.binds) OR "
                + Binding.asMember("a.party") + ")"
                + (period == null ? "" : " AND a.period = :period")
                + (partyParameter == null ? "" : " AND a.party = :" + partyParameter);
    }

    private final JdbcClient jdbc;

    ItemAssessments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Each party's latest assessment of each item matching {@code scope}, of one period when {@code period} is given,
     * of one party when {@code party} is given.
     */
    public List<Cell> latest(ItemCriteria scope, AssessmentPeriod period, String party, TimeAxes axes) {
        ItemConditions items = ItemConditions.of(scope, axes);
        String sql = "SELECT DISTINCT ON (a.item_id, a.party) a.item_id, a.party, a.compliance"
                + " FROM rm_item_assessment a JOIN " + ItemRows.scope(scope, axes) + " x ON x.item_id = a.item_id"
                + " WHERE " + items.sql() + " AND " + counting(period, party == null ? null : "party");
        var statement =
                jdbc.sql(sql + " ORDER BY a.item_id, a.party, " + LATEST).params(items.parameters());
        if (period != null) {
            statement = statement.param("period", period.name());
        }
        if (party != null) {
            statement = statement.param("party", party);
        }
        return statement
                .query((rs, n) -> new Cell(
                        rs.getString("item_id"), rs.getString("party"), Compliance.valueOf(rs.getString("compliance"))))
                .list();
    }
}
