package org.commitmenttracker.reporting.scorecard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.query.ItemAssessments;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemGrouping;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ScopeScores;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The raw material of scorecards: assessment cells and status counts within both time bounds. */
@Component
class ScorecardQueries {

    private final JdbcClient jdbc;
    private final ItemQueries items;
    private final ItemAssessments assessments;
    private final ScopeScores scopeScores;

    ScorecardQueries(JdbcClient jdbc, ItemQueries items, ItemAssessments assessments, ScopeScores scopeScores) {
        this.jdbc = jdbc;
        this.items = items;
        this.assessments = assessments;
        this.scopeScores = scopeScores;
    }

    /**
     * The cells' tallies and one page of them, and the status counts, of the items in scope in one pass over them (of
     * {@code party} only when given): the same figures as {@link #cells} and {@link #statusCounts}.
     */
    ScopeScores.Figures figures(ScorecardFilter filter, String party, TimeAxes axes, long offset, long size) {
        return scopeScores.of(filter.criteria(), filter.period(), party, axes, offset, size);
    }

    /** Each party's latest assessment of each item in scope (of one period when the filter names it). */
    List<ItemAssessments.Cell> cells(ScorecardFilter filter, String party, TimeAxes axes) {
        return cells(filter.criteria(), filter.period(), party, axes);
    }

    List<ItemAssessments.Cell> cells(ItemCriteria scope, AssessmentPeriod period, String party, TimeAxes axes) {
        return assessments.latest(scope, period, party, axes);
    }

    /** Per registered party (the actor or a bound party; bodies are not parties), its items in scope by status. */
    Map<String, Map<String, Long>> statusCounts(ScorecardFilter filter, String party, TimeAxes axes) {
        return statusCounts(filter.criteria(), party, axes);
    }

    Map<String, Map<String, Long>> statusCounts(ItemCriteria scope, String party, TimeAxes axes) {
        Map<String, Map<String, Long>> counts =
                items.counts(scope.withParty(party), ItemGrouping.PARTY, ItemGrouping.STATUS, axes);
        return party == null ? counts : Map.of(party, counts.getOrDefault(party, Map.of()));
    }

    Map<String, String> partyNames(TimeAxes axes) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM register_parties(:knownAt, :asOf)")
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query(rs -> {
                    names.put(rs.getString("code"), rs.getString("name"));
                });
        return names;
    }
}
