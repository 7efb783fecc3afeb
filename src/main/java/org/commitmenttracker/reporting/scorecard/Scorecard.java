package org.commitmenttracker.reporting.scorecard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Parties against items: each party's counts by status and compliance average, each item's average across parties, and
 * the overall average over every scored cell. {@code items} is one page of the {@code itemTotal} assessed items, by
 * item id; party lines and averages cover them all.
 */
public record Scorecard(
        List<PartyLine> parties,
        List<ItemLine> items,
        ComplianceAverage overall,
        ScorecardFilter filter,
        LocalDate asOf,
        Instant knownAt,
        long itemTotal,
        int page,
        int size) {

    public record PartyLine(String code, String name, Map<String, Long> statusCounts, ComplianceAverage compliance) {}

    /** One item with each assessed party's score as written ("+1", "0", "-1", "n/a"). */
    public record ItemLine(
            String id,
            String kind,
            String title,
            String status,
            Map<String, String> scores,
            ComplianceAverage compliance) {}
}
