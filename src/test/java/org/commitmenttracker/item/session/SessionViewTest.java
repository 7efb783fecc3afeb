package org.commitmenttracker.item.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SessionViewTest extends IntegrationTest {

    private ItemScenario s;

    @BeforeEach
    void scenario() {
        s = ItemScenario.shared(api);
    }

    private JsonNode view(String sessionId, String query) {
        HttpResponse<String> response = api.get("/api/sessions/" + sessionId + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static List<String> ids(JsonNode rows) {
        return Json.texts(rows, "id");
    }

    @Test
    void showsParticipantsChairAndHandover() {
        JsonNode session = view(s.s2, "").get("session");
        assertThat(session.get("chair").asString()).isEqualTo(s.arm);
        assertThat(session.get("handover").get("from").asString()).isEqualTo(s.arm);
        assertThat(session.get("handover").get("to").asString()).isEqualTo(s.rus);
        assertThat(session.get("participants").get(0).get("party").asString()).isEqualTo(s.arm);
        assertThat(session.get("itemsIntroduced").asLong()).isEqualTo(3);
        assertThat(session.get("followUps").asLong()).isEqualTo(1);
    }

    @Test
    void listsItemsIntroducedFollowedUpCarriedOverAndClosedSinceThePreviousSession() {
        JsonNode s2 = view(s.s2, "");
        assertThat(ids(s2.get("introduced"))).containsExactlyInAnyOrder(s.conferenceDecision, s.withdrawal, s.exercise);
        JsonNode followUp = s2.get("followedUp").get(0);
        assertThat(followUp.get("item").get("id").asString()).isEqualTo(s.terrorList);
        assertThat(followUp.get("stance").asString()).isEqualTo("REPORTED_NOT_IMPLEMENTED");
        assertThat(followUp.get("raisedBy").asString()).isEqualTo(s.tjk);
        // Followed-up items page like the other lists (issue #17): a page past them is empty, with their total.
        assertThat(s2.get("followedUpTotal").asLong()).isEqualTo(1);
        JsonNode secondPage = view(s.s2, "?page=1&size=1");
        assertThat(secondPage.get("followedUp")).isEmpty();
        assertThat(secondPage.get("followedUpTotal").asLong()).isEqualTo(1);
        // Carried over: open on the session's date and introduced earlier, not the three items introduced here.
        assertThat(ids(s2.get("carriedOver"))).containsExactly(s.terrorList);
        assertThat(s2.get("previousSession").get("id").asString()).isEqualTo(s.s1);
        assertThat(ids(s2.get("closedSincePrevious"))).containsExactly(s.conferenceProposal);

        JsonNode s3 = view(s.s3, "");
        assertThat(s3.get("introduced")).isEmpty();
        assertThat(s3.get("followedUp").get(0).get("stance").asString()).isEqualTo("CALLED_FOR");
        assertThat(ids(s3.get("carriedOver")))
                .containsExactlyInAnyOrder(s.terrorList, s.conferenceDecision, s.withdrawal);
        assertThat(ids(s3.get("closedSincePrevious"))).containsExactly(s.exercise);
    }

    @Test
    void itsItemListsPageWithTheirTotals() {
        JsonNode whole = view(s.s3, "");
        assertThat(whole.get("carriedOverTotal").asLong()).isEqualTo(3);
        assertThat(whole.get("closedTotal").asLong()).isEqualTo(1);
        assertThat(whole.get("size").asInt()).isEqualTo(50);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode slice = view(s.s3, "?size=1&page=" + page);
            assertThat(slice.get("carriedOverTotal").asLong())
                    .as("page %d", page)
                    .isEqualTo(3);
            assertThat(slice.get("closedTotal").asLong()).as("page %d", page).isEqualTo(1);
            assertThat(slice.get("closedSincePrevious")).hasSize(page == 0 ? 1 : 0);
            paged.addAll(ids(slice.get("carriedOver")));
        }
        assertThat(paged).isEqualTo(ids(whole.get("carriedOver")));
        assertThat(api.get("/api/sessions/" + s.s3 + "?size=501").statusCode()).isEqualTo(400);
    }

    @Test
    void aSessionNotYetHeldOrNotYetRecordedIsNotFound() {
        assertThat(api.get("/api/sessions/" + s.s3 + "?asOf=2022-11-22").statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/sessions/" + s.s3 + "?knownAt=2001-01-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void introducedItemsShowTheirStatusAsOfTheDateAsked() {
        JsonNode early = view(s.s2, "?asOf=2022-01-15");
        List<String> statuses = new ArrayList<>();
        early.get("introduced")
                .forEach(row -> statuses.add(
                        row.get("id").asString().equals(s.exercise)
                                ? row.get("status").asString()
                                : "-"));
        assertThat(statuses).contains("MADE");
        JsonNode later = view(s.s2, "");
        later.get("introduced").forEach(row -> {
            if (row.get("id").asString().equals(s.exercise)) {
                assertThat(row.get("status").asString()).isEqualTo("FULFILLED");
            }
        });
    }

    @Test
    void listsTheBodysSessionsNewestFirst() {
        HttpResponse<String> response = api.get("/api/sessions?body=" + s.council);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.texts(Json.read(response.body()), "id")).containsExactly(s.s3, s.s2, s.s1);
        assertThat(Json.texts(
                        Json.read(api.get("/api/sessions?body=" + s.council + "&asOf=2022-06-01")
                                .body()),
                        "id"))
                .containsExactly(s.s2, s.s1);
    }
}
