package org.commitmenttracker.item.query;

import static java.util.Collections.nCopies;
import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A free-text search in relevance order answers from the search's own rows (rm_item_text_span, db/V255;
 * {@link RankedSearch}). Its pages, their order and its total must be the list's own: item_listing, computed from the
 * versioned rows, with the text match and the rank the list used before (ItemConditions, ItemSort.RELEVANCE). The words
 * here are the test's own, written one to three times so that the ranks differ and many are equal across pages, in
 * English and in Russian inflections; an item found only by a follow-up note ranks last; a corrected title changes a
 * rank from an instant on, and a corrected opening date moves an item along the world axis.
 */
class RankedSearchTest extends IntegrationTest {

    private static final int PAGE = 4;
    private static Recorded recorded;

    private record Recorded(Instant beforeLater, Instant beforeCorrections, Instant now) {}

    @BeforeEach
    void recordOnce() {
        if (recorded != null) {
            return;
        }
        World world = new World(api);
        String kaz = world.party("KAZ");
        String council = world.body("CSC", List.of(kaz));
        String early = world.session(council, "2021-03-01", kaz, map("title", "Session 2021"));
        String late = world.session(council, "2022-06-01", kaz, map("title", "Session 2022"));
        List<String> once = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            String word = String.join(" ", nCopies(i % 3 + 1, "quillfeather"));
            String item = world.pledge(early, kaz, "2021-03-01", map("title", "Plant " + word + " measure " + i));
            if (i % 3 == 0) {
                once.add(item);
            }
        }
        for (String text : List.of(
                "Светлячки собраны в саду.",
                "Перепись светлячков и светлячков у реки.",
                "О светлячке.",
                "Светлячок, светлячки и светлячкам.")) {
            world.decision(early, council, "2021-03-01", map("title", "Fireflies", "titleOriginal", text));
        }
        String noted = world.pledge(early, kaz, "2021-03-01", map("title", "A plain pledge"));
        Projections.awaitCaughtUp(api);
        Instant beforeLater = pause();
        world.followUp(noted, late, kaz, "CALLED_FOR", "2022-06-01", "Recalled the quillfeather planting.");
        for (int i = 0; i < 6; i++) {
            world.pledge(late, kaz, "2022-06-01", map("title", "Quillfeathers again " + i, "text", "quillfeather"));
        }
        Projections.awaitCaughtUp(api);
        Instant beforeCorrections = pause();
        world.correct(once.get(0), 0, "TITLE", "Quillfeather quillfeather quillfeather quillfeather", "2022-07-01");
        world.correct(once.get(1), 0, "WORLD_DATE", "2022-08-01", "2022-07-01");
        Projections.awaitCaughtUp(api);
        recorded = new Recorded(beforeLater, beforeCorrections, pause());
    }

    @Test
    void pagesOrderAndTotalsAreTheComputedListsAtEveryAxes() {
        assertThat(jdbc.sql("SELECT stale FROM rm_item_current_state")
                        .query(Boolean.class)
                        .single())
                .as("the search's rows are read, not the list's path in their place")
                .isFalse();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        record Axes(String parameters, LocalDate asOf, Instant knownAt) {}
        List<Axes> axes = List.of(
                new Axes("", today, recorded.now()),
                new Axes("&asOf=2021-12-31", LocalDate.of(2021, 12, 31), recorded.now()),
                new Axes("&asOf=2022-07-15", LocalDate.of(2022, 7, 15), recorded.now()),
                new Axes("&asOf=2022-08-01", LocalDate.of(2022, 8, 1), recorded.now()),
                new Axes("&knownAt=" + recorded.beforeLater(), today, recorded.beforeLater()),
                new Axes("&knownAt=" + recorded.beforeCorrections(), today, recorded.beforeCorrections()),
                new Axes(
                        "&asOf=2022-07-15&knownAt=" + recorded.beforeCorrections(),
                        LocalDate.of(2022, 7, 15),
                        recorded.beforeCorrections()));
        int compared = 0;
        for (String q : List.of("quillfeather", "Quillfeathers planting", "светлячки", "светлячок")) {
            for (Axes at : axes) {
                for (String direction : List.of("DESC", "ASC")) {
                    List<String> expected = computed(q, at.asOf(), at.knownAt(), direction);
                    String query = "q=" + URLEncoder.encode(q, StandardCharsets.UTF_8) + "&sort=RELEVANCE&direction="
                            + direction + "&size=" + PAGE + at.parameters();
                    assertThat(pages(query, expected.size()))
                            .as("%s %s %s", q, at.parameters(), direction)
                            .isEqualTo(expected);
                    compared += expected.size();
                }
            }
        }
        assertThat(compared).as("items compared").isGreaterThan(300);
    }

    /** Without ties and distinct ranks the comparison above would not tell the rank from the tie-breaker. */
    @Test
    void theRanksDifferAndTieAcrossPages() {
        List<Double> ranks = jdbc.sql("SELECT ts_rank(x.search, text_search_query('quillfeather')) FROM"
                        + " item_listing(CAST(:d AS date), 'infinity') x WHERE x.item_id = ANY(ARRAY(SELECT"
                        + " t.item_id FROM item_text_hits('quillfeather', CAST(:d AS date), 'infinity') t))")
                .param("d", LocalDate.now(ZoneOffset.UTC))
                .query(Double.class)
                .list();
        assertThat(ranks).hasSize(22);
        assertThat(ranks.stream().distinct().count()).as("distinct ranks").isGreaterThanOrEqualTo(4);
        assertThat(ranks.stream().filter(rank -> rank == 0).count())
                .as("found by its follow-up note only")
                .isEqualTo(1);
        assertThat(ranks.stream().distinct().count()).isLessThan(ranks.size() - PAGE);
    }

    /** Every page in turn, each with the total; one page past the end must still carry the total. */
    private List<String> pages(String query, int total) {
        List<String> ids = new ArrayList<>();
        for (int page = 0; page <= total / PAGE + 1; page++) {
            HttpResponse<String> response = api.get("/api/items?" + query + "&page=" + page);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode body = Json.read(response.body());
            assertThat(body.get("total").asLong())
                    .as("total on page %d of %s", page, query)
                    .isEqualTo(total);
            ids.addAll(Json.texts(body.get("items"), "id"));
        }
        return ids;
    }

    /** The list's own answer: item_listing computed from history, matched and ranked as the list's path does. */
    private List<String> computed(String q, LocalDate asOf, Instant knownAt, String direction) {
        return jdbc.sql("SELECT x.item_id FROM item_listing(:asOf, :knownAt) x WHERE "
                        + ItemConditions.TEXT_MATCH_PAST + " ORDER BY "
                        + ItemOrder.by(ItemSort.RELEVANCE, ItemSort.SortDirection.valueOf(direction))
                                .sql())
                .param("q", q)
                .param("asOf", asOf)
                .param("knownAt", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC))
                .query(String.class)
                .list();
    }

    private static Instant pause() {
        ItemScenario.pause();
        // Stored instants have millisecond precision.
        Instant between = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ItemScenario.pause();
        return between;
    }
}
