package org.commitmenttracker.reporting.scorecard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.item.narrative.ItemNarrative;
import org.commitmenttracker.item.query.ItemAssessments;
import org.commitmenttracker.item.query.ItemHeading;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ScopeScores;
import org.commitmenttracker.item.query.ScoreTallies;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/**
 * Builds scorecards from the cells and counts of {@link ScorecardQueries}; the arithmetic is {@link ComplianceAverage}.
 */
@Component
public class Scorecards {

    private final ScorecardQueries queries;
    private final ItemQueries rows;
    private final ScoreTallies tallies;

    Scorecards(ScorecardQueries queries, ItemQueries rows, ScoreTallies tallies) {
        this.queries = queries;
        this.rows = rows;
        this.tallies = tallies;
    }

    /** Every item line: for exports, which are one response (narrowed by filters). */
    public Scorecard all(ScorecardFilter filter, TimeAxes axes) {
        return all(filter, axes, 0, Integer.MAX_VALUE);
    }

    public Scorecard all(ScorecardFilter filter, TimeAxes axes, ScorecardPaging paging) {
        return all(filter, axes, paging.offset(), paging.size());
    }

    private Scorecard all(ScorecardFilter filter, TimeAxes axes, long offset, int size) {
        if (talliesFit(filter)) {
            Scorecard tallied = tallies.consistently(() -> tallies.answer(axes)
                    ? new TalliedScorecards(tallies, queries, this, filter, axes).all(offset, size)
                    : null);
            if (tallied != null) {
                return tallied;
            }
        }
        return computed(filter, axes, offset, size);
    }

    /**
     * From each party's latest assessment of each item: past axes, and filters that the tallies are not keyed by. The
     * party lines and averages are the tallies of every cell in scope; only the page's cells are read.
     */
    Scorecard computed(ScorecardFilter filter, TimeAxes axes, long offset, int size) {
        ScopeScores.Figures figures = queries.figures(filter, null, axes, offset, size);
        Map<String, List<ItemAssessments.Cell>> byItem = figures.page().stream()
                .collect(Collectors.groupingBy(ItemAssessments.Cell::itemId, LinkedHashMap::new, Collectors.toList()));
        List<Scorecard.PartyLine> partyLines =
                PartyLines.of(queries.partyNames(axes), figures.counts(), figures.scores(), TalliedScorecards::average);
        ScoreTallies.Tally overall =
                figures.scores().values().stream().reduce(new ScoreTallies.Tally(0, 0, 0), TalliedScorecards::plus);
        return new Scorecard(
                partyLines,
                itemLines(List.copyOf(byItem.values()), axes),
                TalliedScorecards.average(overall),
                filter,
                axes.asOf(),
                axes.knownAt(),
                figures.items(),
                (int) (offset / size),
                size);
    }

    /** One line per item of the page (each a list of its cells, by party). */
    List<Scorecard.ItemLine> itemLines(List<List<ItemAssessments.Cell>> page, TimeAxes axes) {
        Map<String, ItemHeading> items =
                items(page.stream().flatMap(List::stream).toList(), axes);
        List<Scorecard.ItemLine> itemLines = new ArrayList<>();
        page.forEach(itemCells -> {
            String id = itemCells.getFirst().itemId();
            ItemHeading item = items.get(id);
            Map<String, String> scores = new TreeMap<>();
            itemCells.forEach(cell -> scores.put(cell.party(), ItemNarrative.label(cell.score())));
            itemLines.add(new Scorecard.ItemLine(
                    id,
                    item.kind(),
                    title(item),
                    item.status(),
                    scores,
                    ComplianceAverage.of(scores(itemCells, cell -> true))));
        });
        return itemLines;
    }

    public PartyScorecard party(String code, ScorecardFilter filter, TimeAxes axes) {
        return party(code, filter, axes, ScorecardPaging.first());
    }

    public PartyScorecard party(String code, ScorecardFilter filter, TimeAxes axes, ScorecardPaging paging) {
        String name = queries.partyNames(axes).get(code);
        if (name == null) {
            throw new NotRecorded("party", code + " known at " + axes.knownAt());
        }
        if (talliesFit(filter)) {
            PartyScorecard tallied = tallies.consistently(() -> tallies.answer(axes)
                    ? new TalliedScorecards(tallies, queries, this, filter, axes).party(code, name, paging)
                    : null);
            if (tallied != null) {
                return tallied;
            }
        }
        return computed(code, name, filter, axes, paging);
    }

    PartyScorecard computed(String code, String name, ScorecardFilter filter, TimeAxes axes, ScorecardPaging paging) {
        ScopeScores.Figures figures = queries.figures(filter, code, axes, paging.offset(), paging.size());
        return new PartyScorecard(
                code,
                name,
                figures.counts().getOrDefault(code, Map.of()),
                TalliedScorecards.average(figures.scores().get(code)),
                scores(figures.page(), axes),
                filter,
                axes.asOf(),
                axes.knownAt(),
                // One party has one cell per item.
                figures.items(),
                paging.page(),
                paging.size());
    }

    /**
     * Today's tallies (db/V185) answer the unfiltered scorecard, one body's and one period's; narrower filters are
     * computed from the cells.
     */
    private static boolean talliesFit(ScorecardFilter filter) {
        return filter.theme() == null && filter.from() == null && filter.to() == null && filter.session() == null;
    }

    /** A party's score line for each of its cells on the page. */
    List<PartyScorecard.Score> scores(List<ItemAssessments.Cell> page, TimeAxes axes) {
        Map<String, ItemHeading> items = items(page, axes);
        return page.stream()
                .map(cell -> {
                    ItemHeading item = items.get(cell.itemId());
                    return new PartyScorecard.Score(
                            cell.itemId(), item.kind(), title(item), item.status(), ItemNarrative.label(cell.score()));
                })
                .toList();
    }

    private Map<String, ItemHeading> items(List<ItemAssessments.Cell> cells, TimeAxes axes) {
        if (cells.isEmpty()) {
            return Map.of();
        }
        return rows.headings(cells.stream().map(ItemAssessments.Cell::itemId).toList(), axes);
    }

    private static List<Compliance> scores(List<ItemAssessments.Cell> cells, Predicate<ItemAssessments.Cell> which) {
        return cells.stream().filter(which).map(ItemAssessments.Cell::score).toList();
    }

    private static String title(ItemHeading item) {
        return item.title() != null ? item.title() : item.titleOriginal();
    }
}
