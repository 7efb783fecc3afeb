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
import tools.jackson.databind.json.JsonMapper;

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
        // Known at a past instant as of a date after every fact: the kept steps' known axis (ScoreSpans), as the
        // benchmark's knownAt scorecard asks with today's date.
        for (Instant instant : knownAt) {
            points.add(new TimeAxes(LocalDate.of(2031, 1, 1), instant));
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
        assertThat(points.stream().map(this::keptAxis).toList())
                .as("points answered from the kept steps along the world and the known axis, and points that are not")
                .contains("W", "K", "-");
        assertThat(lines).as("item lines compared").isGreaterThan(400);
        assertThat(partyCards).as("party scorecards with scores compared").isGreaterThan(50);
    }

    /**
     * The cases a kept cell could get wrong, each where the kept steps answer (known now, or as of a date after every
     * fact): an earlier-dated assessment recorded after a later-dated one, a final score after interim ones, a party
     * that leaves the body whose decision bound it as a member (and one the decision names, not a member), an item
     * redated after its assessment (out of the register before its new date), and a withdrawn item, still scored.
     */
    @Test
    void keptCellsFollowLateRecordingsFinalScoresMembershipCorrectionsAndRedating() {
        World world = new World(api);
        String arm = world.party("ARM");
        String rus = world.party("RUS");
        String kaz = world.party("KAZ");
        String council = world.body("CSC", List.of(arm, rus));
        String session = world.session(council, "2022-01-10", arm, World.map("title", "Session"));
        String pledge = world.pledge(session, arm, "2022-01-10", World.map());
        world.assess(pledge, arm, "INTERIM", "+1", "2022-03-01");
        // A final score dated before the interim one it replaces, recorded after it.
        String pledge2 = world.pledge(session, arm, "2022-01-10", World.map());
        world.assess(pledge2, arm, "INTERIM", "+1", "2022-03-01");
        Instant beforeLate = RandomHistory.instantBetweenBatches();
        world.assess(pledge, arm, "INTERIM", "-1", "2022-02-01");
        Instant beforeFinal = RandomHistory.instantBetweenBatches();
        world.assess(pledge, arm, "FINAL", "0", "2022-04-01");
        world.assess(pledge2, arm, "FINAL", "-1", "2022-02-15");
        String decision = world.decision(session, council, "2022-01-10", World.map("binds", List.of(council)));
        world.assess(decision, rus, "INTERIM", "+1", "2022-05-01");
        String named = world.decision(session, council, "2022-01-10", World.map("binds", List.of(council, kaz)));
        world.assess(named, kaz, "FINAL", "+1", "2022-05-01");
        String redated = world.pledge(session, kaz, "2022-01-10", World.map());
        world.assess(redated, kaz, "FINAL", "-1", "2022-02-01");
        String withdrawn = world.pledge(session, kaz, "2022-01-10", World.map());
        world.assess(withdrawn, kaz, "INTERIM", "n/a", "2022-02-01");
        world.status(withdrawn, "WITHDRAWN", "2022-03-01");
        Instant beforeChanges = RandomHistory.instantBetweenBatches();
        leave(world, council, rus, "2022-06-01");
        world.correct(redated, 0, "WORLD_DATE", "2022-09-01", "2022-09-01");
        Projections.awaitCaughtUp(api);

        LocalDate afterAll = LocalDate.of(2031, 1, 1);
        Map<TimeAxes, Map<String, Map<String, String>>> expected = new LinkedHashMap<>();
        expected.put(
                new TimeAxes(LocalDate.of(2022, 2, 15), null),
                Map.of(pledge, Map.of(arm, "-1"), pledge2, Map.of(arm, "-1"), withdrawn, Map.of(kaz, "n/a")));
        expected.put(
                new TimeAxes(LocalDate.of(2022, 3, 15), null),
                Map.of(pledge, Map.of(arm, "+1"), pledge2, Map.of(arm, "-1"), withdrawn, Map.of(kaz, "n/a")));
        expected.put(
                new TimeAxes(LocalDate.of(2022, 5, 15), null),
                Map.of(
                        pledge,
                        Map.of(arm, "0"),
                        pledge2,
                        Map.of(arm, "-1"),
                        decision,
                        Map.of(rus, "+1"),
                        named,
                        Map.of(kaz, "+1"),
                        withdrawn,
                        Map.of(kaz, "n/a")));
        expected.put(
                new TimeAxes(LocalDate.of(2022, 10, 1), null),
                Map.of(
                        pledge,
                        Map.of(arm, "0"),
                        pledge2,
                        Map.of(arm, "-1"),
                        named,
                        Map.of(kaz, "+1"),
                        redated,
                        Map.of(kaz, "-1"),
                        withdrawn,
                        Map.of(kaz, "n/a")));
        expected.put(new TimeAxes(afterAll, beforeLate), Map.of(pledge, Map.of(arm, "+1"), pledge2, Map.of(arm, "+1")));
        expected.put(
                new TimeAxes(afterAll, beforeFinal), Map.of(pledge, Map.of(arm, "+1"), pledge2, Map.of(arm, "+1")));
        expected.put(
                new TimeAxes(afterAll, beforeChanges),
                Map.of(
                        pledge, Map.of(arm, "0"),
                        pledge2, Map.of(arm, "-1"),
                        decision, Map.of(rus, "+1"),
                        named, Map.of(kaz, "+1"),
                        redated, Map.of(kaz, "-1"),
                        withdrawn, Map.of(kaz, "n/a")));
        expected.forEach((axes, lines) -> {
            assertThat(keptAxis(axes)).as("the kept steps answer %s", axes).isNotEqualTo("-");
            // Computed, not today's tallies: an instant of the last minute counts as now (ItemRows.today).
            Scorecard scorecard = scorecards.computed(ScorecardFilter.none(), axes, 0, 500);
            Map<String, Map<String, String>> scores = new LinkedHashMap<>();
            scorecard.items().stream()
                    .filter(line -> List.of(pledge, pledge2, decision, named, redated, withdrawn)
                            .contains(line.id()))
                    .forEach(line -> scores.put(line.id(), line.scores()));
            assertThat(scores).as("%s", axes).isEqualTo(lines);
            for (ScorecardFilter filter : List.of(
                    ScorecardFilter.none(),
                    new ScorecardFilter(null, null, AssessmentPeriod.INTERIM, null, null),
                    new ScorecardFilter(null, null, AssessmentPeriod.FINAL, null, null))) {
                for (ScorecardPaging paging : List.of(new ScorecardPaging(0, 500), new ScorecardPaging(1, 1))) {
                    assertThat(scorecards.computed(filter, axes, paging.offset(), paging.size()))
                            .as("%s, %s, %s", axes, filter, paging)
                            .isEqualTo(assembled(filter, axes, paging.offset(), paging.size()));
                }
                for (String party : List.of(arm, rus, kaz)) {
                    ScorecardPaging paging = new ScorecardPaging(0, 500);
                    String name = queries.partyNames(axes).get(party);
                    assertThat(scorecards.computed(party, name, filter, axes, paging))
                            .as("party %s, %s, %s", party, axes, filter)
                            .isEqualTo(assembled(party, name, filter, axes, paging));
                }
            }
        });
    }

    private void leave(World world, String body, String party, String date) {
        var response = world.api()
                .post(
                        "/api/bodies/" + body + "/memberships",
                        JsonMapper.builder()
                                .build()
                                .writeValueAsString(World.map(
                                        "party",
                                        party,
                                        "change",
                                        "LEFT",
                                        "worldDate",
                                        World.worldDate(date),
                                        "note",
                                        "left",
                                        "source",
                                        World.map("title", "Notice", "publisher", "Test", "locator", "p. 1"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Which kept steps answer the unfiltered scorecard at these axes (item_score_axis): W, K, or - for none. */
    private String keptAxis(TimeAxes axes) {
        return jdbc.sql("SELECT coalesce(item_score_axis(:asOf, :knownAt), '-')")
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .query(String.class)
                .single();
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
