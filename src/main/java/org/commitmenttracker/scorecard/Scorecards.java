package org.commitmenttracker.scorecard;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.commitmenttracker.asof.TimeAxes;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.itemview.ItemRow;
import org.commitmenttracker.itemview.ItemRows;
import org.commitmenttracker.narrative.ItemNarrative;
import org.commitmenttracker.problem.NotRecorded;
import org.springframework.stereotype.Component;

/** Builds scorecards from the cells and counts of {@link ScorecardQueries}; the arithmetic is {@link ComplianceAverage}. */
@Component
public class Scorecards {

    private static final int LIMIT = 20_000;

    private final ScorecardQueries queries;
    private final ItemRows rows;

    Scorecards(ScorecardQueries queries, ItemRows rows) {
        this.queries = queries;
        this.rows = rows;
    }

    public Scorecard all(ScorecardFilter filter, TimeAxes axes) {
        List<ScorecardQueries.Cell> cells = queries.cells(filter, null, axes);
        Map<String, Map<String, Long>> counts = queries.statusCounts(filter, null, axes);
        Map<String, String> names = queries.partyNames(axes);
        TreeSet<String> parties = new TreeSet<>(counts.keySet());
        cells.forEach(cell -> parties.add(cell.party()));
        List<Scorecard.PartyLine> partyLines = parties.stream()
                .map(party -> new Scorecard.PartyLine(party, names.get(party), counts.getOrDefault(party, Map.of()),
                        ComplianceAverage.of(scores(cells, cell -> cell.party().equals(party)))))
                .toList();
        Map<String, ItemRow> items = items(cells, axes);
        List<Scorecard.ItemLine> itemLines = new ArrayList<>();
        cells.stream().map(ScorecardQueries.Cell::itemId).distinct().forEach(id -> {
            ItemRow item = items.get(id);
            Map<String, String> scores = new TreeMap<>();
            cells.stream().filter(cell -> cell.itemId().equals(id))
                    .forEach(cell -> scores.put(cell.party(), ItemNarrative.label(cell.score())));
            itemLines.add(new Scorecard.ItemLine(id, item.kind(), title(item), item.status(), scores,
                    ComplianceAverage.of(scores(cells, cell -> cell.itemId().equals(id)))));
        });
        return new Scorecard(partyLines, itemLines, ComplianceAverage.of(scores(cells, cell -> true)), filter,
                axes.asOf(), axes.knownAt());
    }

    public PartyScorecard party(String code, ScorecardFilter filter, TimeAxes axes) {
        String name = queries.partyNames(axes).get(code);
        if (name == null) {
            throw new NotRecorded("party", code + " known at " + axes.knownAt());
        }
        List<ScorecardQueries.Cell> cells = queries.cells(filter, code, axes);
        Map<String, ItemRow> items = items(cells, axes);
        List<PartyScorecard.Score> scores = cells.stream().map(cell -> {
            ItemRow item = items.get(cell.itemId());
            return new PartyScorecard.Score(cell.itemId(), item.kind(), title(item), item.status(),
                    ItemNarrative.label(cell.score()));
        }).toList();
        return new PartyScorecard(code, name, queries.statusCounts(filter, code, axes).getOrDefault(code, Map.of()),
                ComplianceAverage.of(scores(cells, cell -> true)), scores, filter, axes.asOf(), axes.knownAt());
    }

    private Map<String, ItemRow> items(List<ScorecardQueries.Cell> cells, TimeAxes axes) {
        if (cells.isEmpty()) {
            return Map.of();
        }
        List<String> ids = cells.stream().map(ScorecardQueries.Cell::itemId).distinct().toList();
        return rows.select("x.item_id IN (:ids)", Map.of("ids", ids), "x.item_id", LIMIT, 0, axes).stream()
                .collect(Collectors.toMap(ItemRow::id, Function.identity()));
    }

    private static List<Compliance> scores(List<ScorecardQueries.Cell> cells,
                                           Predicate<ScorecardQueries.Cell> which) {
        return cells.stream().filter(which).map(ScorecardQueries.Cell::score).toList();
    }

    private static String title(ItemRow item) {
        return item.title() != null ? item.title() : item.titleOriginal();
    }
}
