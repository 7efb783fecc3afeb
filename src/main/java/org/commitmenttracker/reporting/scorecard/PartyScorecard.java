package org.commitmenttracker.reporting.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One party: its items counted by status, its compliance average, and its score on each item ({@code scores} is one
 * page of {@code scoreTotal}, by item id; counts and average cover them all).
 */
public record PartyScorecard(
        String code,
        String name,
        Map<String, Long> statusCounts,
        ComplianceAverage compliance,
        List<Score> scores,
        ScorecardFilter filter,
        LocalDate asOf,
        Instant knownAt,
        long scoreTotal,
        int page,
        int size) {

    public record Score(String itemId, String kind, String title, String status, String score) {}
}
