package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The item list against real PostgreSQL: every filter, sorting, paging and both time axes. */
class ItemQueriesTest extends IntegrationTest {

    private static ItemScenario scenario;

    @BeforeEach
    void recordOnce() {
        scenario = ItemScenario.shared(api);
    }

    private JsonNode items(String query) {
        HttpResponse<String> response = api.get(
                "/api/items?body=" + scenario.council + "&" + query + (query.contains("size=") ? "" : "&size=100"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private List<String> ids(String query) {
        return Json.texts(items(query).get("items"), "id");
    }

    private JsonNode row(String query, String id) {
        for (JsonNode row : items(query).get("items")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError(id + " not listed for " + query);
    }

    @Test
    void listsEveryItemOfTheBodyWithItsRowFacts() {
        ItemScenario s = scenario;
        assertThat(ids(""))
                .containsExactlyInAnyOrder(
                        s.terrorList, s.conferenceProposal, s.conferenceDecision, s.withdrawal, s.exercise);
        JsonNode list = row("", s.terrorList);
        assertThat(list.get("kind").asString()).isEqualTo("DECISION");
        assertThat(list.get("title").asString()).isEqualTo("Form a single list of terrorist organisations");
        assertThat(list.get("actor").asString()).isEqualTo(s.council);
        assertThat(list.get("sessionId").asString()).isEqualTo(s.s1);
        assertThat(list.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(list.get("due").get("date").asString()).isEqualTo("2023-01-01");
        assertThat(list.get("due").get("precision").asString()).isEqualTo("YEAR");
        assertThat(list.get("overdue").asBoolean()).isTrue();
        assertThat(list.get("followUps").asLong()).isEqualTo(2);
        assertThat(list.get("lastFollowUpSessionId").asString()).isEqualTo(s.s3);
        assertThat(list.get("sessionsElapsed").asLong()).isEqualTo(2);
        assertThat(list.get("version").asLong()).isEqualTo(7);
    }

    @Test
    void filtersByKindStatusAndOpenness() {
        ItemScenario s = scenario;
        assertThat(ids("kind=PLEDGE")).containsExactlyInAnyOrder(s.withdrawal, s.exercise);
        assertThat(ids("kind=PROPOSAL&status=ADOPTED")).containsExactly(s.conferenceProposal);
        assertThat(ids("open=false")).containsExactlyInAnyOrder(s.conferenceProposal, s.exercise);
        assertThat(ids("open=true")).containsExactlyInAnyOrder(s.terrorList, s.conferenceDecision, s.withdrawal);
    }

    @Test
    void overdueMeansOpenWithItsDueDatePassedOnTheAsOfDate() {
        ItemScenario s = scenario;
        assertThat(ids("overdue=true")).containsExactlyInAnyOrder(s.terrorList, s.withdrawal);
        assertThat(ids("overdue=true&asOf=2022-02-01")).containsExactly(s.withdrawal);
        // The fulfilled pledge had the same due date but was closed the day before it.
        assertThat(row("asOf=2022-02-01", s.exercise).get("overdue").asBoolean())
                .isFalse();
        // Before the due date was corrected to 2023 the decision was due in June 2022.
        assertThat(ids("overdue=true&asOf=2022-07-01&knownAt=" + s.beforeCorrections))
                .containsExactlyInAnyOrder(s.terrorList, s.withdrawal);
        assertThat(ids("overdue=true&asOf=2022-06-30&knownAt=" + s.beforeCorrections))
                .containsExactly(s.withdrawal);
    }

    @Test
    void filtersByPartyThemeSessionAndWorldDates() {
        ItemScenario s = scenario;
        assertThat(ids("party=" + s.kaz)).containsExactlyInAnyOrder(s.terrorList, s.conferenceProposal);
        assertThat(ids("party=" + s.rus)).containsExactlyInAnyOrder(s.terrorList, s.withdrawal, s.exercise);
        assertThat(ids("theme=afghanistan")).containsExactlyInAnyOrder(s.conferenceProposal, s.conferenceDecision);
        assertThat(ids("session=" + s.s2)).containsExactlyInAnyOrder(s.conferenceDecision, s.withdrawal, s.exercise);
        assertThat(ids("from=2022-01-01&to=2022-12-31"))
                .containsExactlyInAnyOrder(s.conferenceDecision, s.withdrawal, s.exercise);
    }

    @Test
    void freeTextFindsRussianWordsOfTheSameRoot() {
        ItemScenario s = scenario;
        assertThat(ids("q=" + encode("терроризм"))).containsExactly(s.terrorList);
        assertThat(ids("q=" + encode("terrorism"))).containsExactly(s.terrorList);
        assertThat(ids("q=" + encode("Afghanistan conference")))
                .containsExactlyInAnyOrder(s.conferenceProposal, s.conferenceDecision);
        assertThat(ids("q=" + encode("withdrawal -exercise"))).containsExactly(s.withdrawal);
        assertThat(ids("q=" + encode("ядерный"))).isEmpty();
    }

    @Test
    void asOfShowsTheStatusOnThatDate() {
        ItemScenario s = scenario;
        assertThat(ids("asOf=2021-12-01")).containsExactlyInAnyOrder(s.terrorList, s.conferenceProposal);
        assertThat(row("asOf=2021-12-01", s.conferenceProposal).get("status").asString())
                .isEqualTo("PROPOSED");
        assertThat(row("asOf=2022-01-10", s.conferenceProposal).get("status").asString())
                .isEqualTo("ADOPTED");
        JsonNode early = row("asOf=2022-01-15", s.terrorList);
        assertThat(early.get("followUps").asLong()).isEqualTo(1);
        assertThat(early.get("lastFollowUpSessionId").asString()).isEqualTo(s.s2);
        assertThat(early.get("sessionsElapsed").asLong()).isEqualTo(1);
    }

    @Test
    void knownAtShowsWhatTheRegisterSaidThen() {
        ItemScenario s = scenario;
        JsonNode before = row("knownAt=" + s.beforeCorrections, s.terrorList);
        assertThat(before.get("title").asString()).isEqualTo("Form a unified list of terrorist organisations");
        assertThat(before.get("due").get("date").asString()).isEqualTo("2022-06-01");
        assertThat(before.get("version").asLong()).isEqualTo(5);
        assertThat(ids("knownAt=2000-01-01T00:00:00Z")).isEmpty();
    }

    @Test
    void sortsAndPages() {
        ItemScenario s = scenario;
        JsonNode first = items("sort=TITLE&direction=ASC&size=2&page=0");
        JsonNode second = items("sort=TITLE&direction=ASC&size=2&page=1");
        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(Json.texts(first.get("items"), "id")).containsExactly(s.conferenceDecision, s.terrorList);
        assertThat(Json.texts(second.get("items"), "id")).containsExactly(s.conferenceProposal, s.exercise);
        assertThat(Json.texts(items("sort=FOLLOW_UPS&size=1").get("items"), "id"))
                .containsExactly(s.terrorList);
    }

    /**
     * Today the total comes with the page, counted over every match in the same statement; a page past the end has no
     * row to carry it and is counted apart. Both must count every match, as a past instant's separate count does.
     */
    @Test
    void theTotalCountsEveryMatchOnEveryPageAndPastTheEnd() {
        ItemScenario s = scenario;
        for (String page : List.of("page=0", "page=2", "page=7")) {
            assertThat(items("sort=TITLE&size=2&" + page).get("total").asLong())
                    .as(page)
                    .isEqualTo(5);
        }
        assertThat(items("sort=TITLE&size=2&page=7").get("items")).isEmpty();
        String search = "q=" + encode("Afghanistan conference") + "&sort=RELEVANCE&size=1";
        assertThat(items(search).get("total").asLong()).isEqualTo(2);
        assertThat(items(search + "&page=1").get("total").asLong()).isEqualTo(2);
        assertThat(items(search + "&page=2").get("total").asLong()).isEqualTo(2);
        assertThat(items("party=" + s.council + "&size=1").get("total").asLong())
                .as("today against yesterday, counted apart from the page")
                .isEqualTo(items("party=" + s.council + "&size=1&asOf="
                                + LocalDate.now(ZoneOffset.UTC).minusDays(1))
                        .get("total")
                        .asLong());
    }

    /**
     * At past axes too the page carries its total from the same pass over the as-of rectangles; a page chosen by an
     * aggregate (follow-ups) is counted apart. Every page, and one past the end, must say how many items the whole list
     * has.
     */
    @Test
    void atPastAxesTheTotalIsTheWholeListsLengthOnEveryPage() {
        ItemScenario s = scenario;
        for (String axes : List.of("asOf=2022-02-01", "asOf=2022-07-01&knownAt=" + s.beforeCorrections)) {
            for (String sort : List.of("sort=TITLE", "sort=FOLLOW_UPS", "open=true&sort=OPENED")) {
                String list = axes + "&" + sort;
                int whole = items(list + "&size=500").get("items").size();
                assertThat(whole).as(list).isPositive();
                for (String page : List.of("page=0", "page=1", "page=9")) {
                    assertThat(items(list + "&size=1&" + page).get("total").asLong())
                            .as("%s %s", list, page)
                            .isEqualTo(whole);
                }
            }
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
