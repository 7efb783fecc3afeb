package org.commitmenttracker.reporting.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commitmenttracker.item.query.ItemAssessments;
import org.commitmenttracker.item.query.ScoreTallies;
import org.commitmenttracker.shared.time.TimeAxes;

/**
 * Today's scorecards from the tallies of {@link ScoreTallies} (issue #17): party lines, averages and totals are sums of
 * tally rows, and only the requested page of item lines reads cells. The few items the tallies cannot answer for (a
 * fact dated after today or recorded after knownAt) are taken off and computed from their history, as the cells' path
 * of {@link Scorecards} computes every item. The answers are that path's, line for line, in the same item order.
 */
final class TalliedScorecards {

    private final ScoreTallies tallies;
    private final ScorecardQueries queries;
    private final Scorecards cards;
    private final ScorecardFilter filter;
    private final TimeAxes axes;
    private final List<String> unsettled;

    TalliedScorecards(
            ScoreTallies tallies, ScorecardQueries queries, Scorecards cards, ScorecardFilter filter, TimeAxes axes) {
        this.tallies = tallies;
        this.queries = queries;
        this.cards = cards;
        this.filter = filter;
        this.axes = axes;
        this.unsettled = tallies.unsettled(axes);
    }

    Scorecard all(long offset, int size) {
        List<ItemAssessments.Cell> fresh = fresh(null);
        Map<String, ScoreTallies.Tally> scores = scores(null, fresh);
        Map<String, Map<String, Long>> counts = statusCounts(null);
        List<Scorecard.PartyLine> partyLines =
                PartyLines.of(queries.partyNames(axes), counts, scores, TalliedScorecards::average);
        List<String> freshItems =
                fresh.stream().map(ItemAssessments.Cell::itemId).distinct().toList();
        List<String> ids =
                tallies.page(filter.body(), null, filter.period(), axes, unsettled, freshItems, offset, size);
        Map<String, List<ItemAssessments.Cell>> byItem = cells(ids, null, fresh).stream()
                .collect(Collectors.groupingBy(ItemAssessments.Cell::itemId, LinkedHashMap::new, Collectors.toList()));
        ScoreTallies.Tally overall =
                scores.values().stream().reduce(new ScoreTallies.Tally(0, 0, 0), TalliedScorecards::plus);
        return new Scorecard(
                partyLines,
                cards.itemLines(List.copyOf(byItem.values()), axes),
                average(overall),
                filter,
                axes.asOf(),
                axes.knownAt(),
                tallies.items(filter.body(), filter.period(), axes, unsettled) + freshItems.size(),
                (int) (offset / size),
                size);
    }

    PartyScorecard party(String code, String name, ScorecardPaging paging) {
        List<ItemAssessments.Cell> fresh = fresh(code);
        ScoreTallies.Tally tally = scores(code, fresh).get(code);
        List<String> freshItems =
                fresh.stream().map(ItemAssessments.Cell::itemId).toList();
        List<String> ids = tallies.page(
                filter.body(), code, filter.period(), axes, unsettled, freshItems, paging.offset(), paging.size());
        return new PartyScorecard(
                code,
                name,
                statusCounts(code).getOrDefault(code, Map.of()),
                average(tally),
                cards.scores(cells(ids, code, fresh), axes),
                filter,
                axes.asOf(),
                axes.knownAt(),
                tally == null ? 0 : tally.scored() + tally.notApplicable(),
                paging.page(),
                paging.size());
    }

    /** The cells of the unsettled items in scope, computed from their history. */
    private List<ItemAssessments.Cell> fresh(String party) {
        return unsettled.isEmpty()
                ? List.of()
                : queries.cells(filter.criteria().withIds(unsettled), filter.period(), party, axes);
    }

    /** The tallies without the unsettled items, plus those items' cells; parties with no cell left are dropped. */
    private Map<String, ScoreTallies.Tally> scores(String party, List<ItemAssessments.Cell> fresh) {
        Map<String, ScoreTallies.Tally> scores =
                new TreeMap<>(tallies.scores(filter.body(), party, filter.period(), axes, unsettled));
        fresh.forEach(cell -> scores.merge(
                cell.party(),
                cell.score().score() == null
                        ? new ScoreTallies.Tally(0, 1, 0)
                        : new ScoreTallies.Tally(1, 0, cell.score().score()),
                TalliedScorecards::plus));
        scores.values().removeIf(t -> t.scored() + t.notApplicable() == 0);
        return scores;
    }

    private Map<String, Map<String, Long>> statusCounts(String party) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        tallies.statusCounts(filter.body(), party, axes, unsettled)
                .forEach((p, byStatus) -> byStatus.forEach((status, n) ->
                        counts.computeIfAbsent(p, k -> new TreeMap<>()).merge(status, n, Long::sum)));
        if (!unsettled.isEmpty()) {
            queries.statusCounts(filter.criteria().withIds(unsettled), party, axes)
                    .forEach((p, byStatus) -> byStatus.forEach((status, n) ->
                            counts.computeIfAbsent(p, k -> new TreeMap<>()).merge(status, n, Long::sum)));
        }
        counts.values().forEach(byStatus -> byStatus.values().removeIf(n -> n == 0));
        counts.values().removeIf(Map::isEmpty);
        return counts;
    }

    /** The page's cells: the unsettled items' as computed, the others' as tallied. */
    private List<ItemAssessments.Cell> cells(List<String> ids, String party, List<ItemAssessments.Cell> fresh) {
        Set<String> recomputed = Set.copyOf(unsettled);
        List<String> tallied =
                ids.stream().filter(id -> !recomputed.contains(id)).toList();
        Set<String> page = Set.copyOf(ids);
        List<ItemAssessments.Cell> cells = new ArrayList<>(tallies.cells(tallied, party, filter.period(), axes));
        fresh.stream().filter(cell -> page.contains(cell.itemId())).forEach(cells::add);
        // In the page's order, which is the database's order of item ids.
        Map<String, Integer> order = new HashMap<>();
        ids.forEach(id -> order.put(id, order.size()));
        cells.sort(Comparator.comparing((ItemAssessments.Cell cell) -> order.get(cell.itemId()))
                .thenComparing(ItemAssessments.Cell::party));
        return cells;
    }

    static ScoreTallies.Tally plus(ScoreTallies.Tally a, ScoreTallies.Tally b) {
        return new ScoreTallies.Tally(
                a.scored() + b.scored(), a.notApplicable() + b.notApplicable(), a.sum() + b.sum());
    }

    static ComplianceAverage average(ScoreTallies.Tally tally) {
        return tally == null
                ? ComplianceAverage.of(0, 0, 0)
                : ComplianceAverage.of(tally.scored(), tally.notApplicable(), tally.sum());
    }
}
