package org.commitmenttracker.reporting.scorecard;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A scorecard's party lines, whichever source counted them: the cells' path of {@link Scorecards} and the tallies' path
 * of {@link TalliedScorecards} must give the same lines, so they are assembled here once.
 */
final class PartyLines {

    private static final ComplianceAverage NOTHING_SCORED = ComplianceAverage.of(0, 0, 0);

    private PartyLines() {}

    /**
     * One line per party with an item counted or a cell scored, by party code.
     *
     * @param names party names by code, as known at the scorecard's axes
     * @param statusCounts each party's item counts by status
     * @param scored what each party's average is taken from (its cells, or its tally), for parties with any
     * @param average how {@code scored} becomes an average
     */
    static <T> List<Scorecard.PartyLine> of(
            Map<String, String> names,
            Map<String, Map<String, Long>> statusCounts,
            Map<String, T> scored,
            Function<T, ComplianceAverage> average) {
        TreeSet<String> parties = new TreeSet<>(statusCounts.keySet());
        parties.addAll(scored.keySet());
        return parties.stream()
                .map(party -> new Scorecard.PartyLine(
                        party,
                        names.get(party),
                        statusCounts.getOrDefault(party, Map.of()),
                        scored.containsKey(party) ? average.apply(scored.get(party)) : NOTHING_SCORED))
                .toList();
    }
}
