package org.commitmenttracker.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.query.ItemAssessments;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scorecard at past axes, whose figures come from one statement over the scope (ScopeScores: tallies of the cells,
 * the page's cells, the status counts), against the scorecard assembled here from every cell in scope and the item
 * counts by party and status, as each party's latest assessment of each item defines it. Random points on both axes of
 * a random history (fixed seed), with body, theme, period and opening-date filters, pages inside and past the end, and
 * every party's own scorecard.
 */
class PastScorecardTest extends IntegrationTest {

    private static final long SEED = 7_331L;
    private static final int BATCHES = 8;

    @Autowired
    Scorecards scorecards;

    @Autowired
    ScorecardQueries queries;

    @Test
    void pastScorecardsEqualTheOnesAssembledFromEveryCell() {
        RandomHistory history = new RandomHistory(new World(api), SEED);
        List<Instant> knownAt = new ArrayList<>();
        knownAt.add(RandomHistory.instantBetweenBatches());
        for (int batch = 0; batch < BATCHES; batch++) {
            history.batch(batch, 70);
            knownAt.add(RandomHistory.instantBetweenBatches());
        }
        Projections.awaitCaughtUp(api);
        assertThat(jdbc.sql("SELECT stale FROM rm_item_current_state")
                        .query(Boolean.class)
                        .single())
                .as("the rectangles are read, not item_listing in their place")
                .isFalse();

        Random random = new Random(SEED);
        List<TimeAxes> points = new ArrayList<>();
        for (Instant instant : knownAt) {
            points.add(new TimeAxes(randomDate(random), instant));
        }
        for (int i = 0; i < 4; i++) {
            // Known now, as of a past date; and known at a past instant, as of a random date (the future too).
            points.add(new TimeAxes(randomDate(random), null));
            points.add(new TimeAxes(
                    randomDate(random).plusYears(random.nextInt(3)), knownAt.get(1 + random.nextInt(BATCHES))));
        }
        String body = history.body();
        List<ScorecardFilter> filters = List.of(
                ScorecardFilter.none(),
                new ScorecardFilter(body, null, null, null, null),
                new ScorecardFilter(null, "alpha", null, null, null),
                new ScorecardFilter(null, null, AssessmentPeriod.INTERIM, null, null),
                new ScorecardFilter(body, null, AssessmentPeriod.FINAL, null, null),
                new ScorecardFilter(null, null, null, LocalDate.of(2020, 1, 1), LocalDate.of(2022, 6, 30)),
                new ScorecardFilter("NO-SUCH-BODY", null, null, null, null));
        List<ScorecardPaging> pages = List.of(
                new ScorecardPaging(0, 500),
                new ScorecardPaging(1, 7),
                new ScorecardPaging(4, 3),
                new ScorecardPaging(400, 5));
        long lines = 0;
        long partyCards = 0;
        for (int point = 0; point < points.size(); point++) {
            TimeAxes axes = points.get(point);
            for (ScorecardFilter filter : filters) {
                for (ScorecardPaging paging : pages) {
                    Scorecard expected = assembled(filter, axes, paging.offset(), paging.size());
                    assertThat(scorecards.all(filter, axes, paging))
                            .as("%s, %s, %s", axes, filter, paging)
                            .isEqualTo(expected);
                    lines += expected.items().size();
                }
            }
            // Every party's own scorecard at every other point, with fewer filters: it reads the same statement, and
            // comparing all of them at every point took most of this test's two minutes.
            if (point % 2 == 1) {
                continue;
            }
            Scorecard all = assembled(ScorecardFilter.none(), axes, 0, 500);
            for (Scorecard.PartyLine line : all.parties()) {
                for (ScorecardFilter filter : List.of(filters.get(0), filters.get(3), filters.get(4))) {
                    for (ScorecardPaging paging : List.of(new ScorecardPaging(0, 500), new ScorecardPaging(1, 3))) {
                        PartyScorecard expected = assembled(line.code(), line.name(), filter, axes, paging);
                        assertThat(scorecards.party(line.code(), filter, axes, paging))
                                .as("party %s, %s, %s, %s", line.code(), axes, filter, paging)
                                .isEqualTo(expected);
                        partyCards += expected.scores().isEmpty() ? 0 : 1;
                    }
                }
            }
        }
        System.out.printf(
                "PastScorecardTest: %d item lines, %d party scorecards with scores compared%n", lines, partyCards);
        assertThat(lines).as("item lines compared").isGreaterThan(400);
        assertThat(partyCards).as("party scorecards with scores compared").isGreaterThan(50);
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2018, 6, 1).plusDays(random.nextInt(8 * 365));
    }

    /** The scorecard from every cell in scope and the counts by party and status, paged here. */
    private Scorecard assembled(ScorecardFilter filter, TimeAxes axes, long offset, int size) {
        List<ItemAssessments.Cell> cells = queries.cells(filter, null, axes);
        Map<String, List<ItemAssessments.Cell>> byParty =
                cells.stream().collect(Collectors.groupingBy(ItemAssessments.Cell::party));
        Map<String, List<ItemAssessments.Cell>> byItem = cells.stream()
                .collect(Collectors.groupingBy(ItemAssessments.Cell::itemId, LinkedHashMap::new, Collectors.toList()));
        List<List<ItemAssessments.Cell>> page =
                byItem.values().stream().skip(offset).limit(size).toList();
        return new Scorecard(
                PartyLines.of(
                        queries.partyNames(axes), queries.statusCounts(filter, null, axes), byParty, this::average),
                scorecards.itemLines(page, axes),
                average(cells),
                filter,
                axes.asOf(),
                axes.knownAt(),
                byItem.size(),
                (int) (offset / size),
                size);
    }

    /** One party's scorecard from its cells in scope and its counts over the items that name it. */
    private PartyScorecard assembled(
            String code, String name, ScorecardFilter filter, TimeAxes axes, ScorecardPaging paging) {
        List<ItemAssessments.Cell> cells = queries.cells(filter, code, axes);
        return new PartyScorecard(
                code,
                name,
                queries.statusCounts(filter, code, axes).getOrDefault(code, Map.of()),
                average(cells),
                scorecards.scores(
                        cells.stream()
                                .skip(paging.offset())
                                .limit(paging.size())
                                .toList(),
                        axes),
                filter,
                axes.asOf(),
                axes.knownAt(),
                cells.size(),
                paging.page(),
                paging.size());
    }

    private ComplianceAverage average(List<ItemAssessments.Cell> cells) {
        return ComplianceAverage.of(
                cells.stream().map(ItemAssessments.Cell::score).toList());
    }
}
