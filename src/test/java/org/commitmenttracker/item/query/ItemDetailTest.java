package org.commitmenttracker.item.query;

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

/** An item's detail and its history in words, with corrections shown against what they correct. */
class ItemDetailTest extends IntegrationTest {

    private static ItemScenario scenario;

    @BeforeEach
    void recordOnce() {
        scenario = ItemScenario.shared(api);
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    @Test
    void detailGivesFollowUpsAssessmentsWithNaAndTheVersionAsETag() {
        HttpResponse<String> response = api.get("/api/items/" + scenario.terrorList);
        assertThat(response.headers().firstValue("ETag")).hasValue("\"7\"");
        JsonNode detail = Json.read(response.body());
        assertThat(detail.get("item").get("title").asString())
                .isEqualTo("Form a single list of terrorist organisations");
        assertThat(Json.texts(detail.get("followUps"), "stance"))
                .containsExactly("REPORTED_NOT_IMPLEMENTED", "CALLED_FOR");
        assertThat(Json.texts(detail.get("followUps"), "sessionTitle"))
                .containsExactly("Extraordinary session on Kazakhstan", "Regular session 2022");
        List<String> scores = new ArrayList<>();
        detail.get("assessments")
                .forEach(a -> scores.add(
                        a.get("party").asString() + " " + a.get("score").asString()));
        assertThat(scores).containsExactlyInAnyOrder(scenario.arm + " +1", scenario.rus + " n/a", scenario.tjk + " -1");
        HttpResponse<String> earlier =
                api.get("/api/items/" + scenario.terrorList + "?knownAt=" + scenario.beforeCorrections);
        assertThat(earlier.headers().firstValue("ETag")).hasValue("\"5\"");
    }

    @Test
    void aProposalAdoptedAsADecisionLinksBothWays() {
        JsonNode proposal = get("/api/items/" + scenario.conferenceProposal);
        assertThat(proposal.get("item").get("status").asString()).isEqualTo("ADOPTED");
        assertThat(proposal.get("item").get("open").asBoolean()).isFalse();
        JsonNode link = proposal.get("links").get(0);
        assertThat(link.get("relation").asString()).isEqualTo("ADOPTED_AS");
        assertThat(link.get("itemId").asString()).isEqualTo(scenario.conferenceDecision);
        assertThat(link.get("title").asString()).isEqualTo("Convene the Afghanistan conference");
        JsonNode decision = get("/api/items/" + scenario.conferenceDecision);
        assertThat(decision.get("linkedFrom").get(0).get("itemId").asString()).isEqualTo(scenario.conferenceProposal);
        assertThat(decision.get("item").get("status").asString()).isEqualTo("ADOPTED");
        assertThat(decision.get("item").get("open").asBoolean()).isTrue();
    }

    @Test
    void anItemNotYetOpenedOrNotYetKnownIsNotFound() {
        assertThat(api.get("/api/items/" + scenario.conferenceDecision + "?asOf=2021-12-31")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/items/" + scenario.terrorList + "?knownAt=2001-01-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(404);
        assertThat(api.get("/api/items/" + scenario.terrorList + "/history?knownAt=2001-01-01T00:00:00Z")
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void historyTellsEveryEventInOrderWithStatusBeforeAndAfter() {
        JsonNode events =
                get("/api/items/" + scenario.conferenceProposal + "/history").get("events");
        assertThat(Json.texts(events, "type")).containsExactly("ProposalMade", "StatusChanged", "ItemLinked");
        assertThat(events.get(0).get("description").asString())
                .isEqualTo(scenario.kaz + " proposed «Hold a conference on Afghanistan»");
        assertThat(events.get(1).get("description").asString()).isEqualTo("Status changed from proposed to adopted");
        assertThat(events.get(1).get("statusBefore").asString()).isEqualTo("PROPOSED");
        assertThat(events.get(1).get("statusAfter").asString()).isEqualTo("ADOPTED");
        assertThat(events.get(1).get("recordedBy").asString()).isEqualTo(ADMIN);
        assertThat(events.get(1).get("source").get("publisher").asString()).isEqualTo("Test publisher");
        assertThat(events.get(2).get("worldDate").get("date").asString()).isEqualTo("2022-01-10");
    }

    @Test
    void correctionsAreShownAgainstTheFactTheyCorrect() {
        JsonNode events = get("/api/items/" + scenario.terrorList + "/history").get("events");
        assertThat(Json.texts(events, "type"))
                .containsExactly(
                        "DecisionAdopted",
                        "FollowUpRaised",
                        "FollowUpRaised",
                        "PartyAssessed",
                        "PartyAssessed",
                        "PartyAssessed",
                        "EntryCorrected",
                        "EntryCorrected");
        JsonNode recording = events.get(0);
        assertThat(Json.texts(recording.get("correctedBy"), "field")).containsExactly("TITLE", "DUE");
        JsonNode title = recording.get("correctedBy").get(0);
        assertThat(title.get("previousValue").asString()).isEqualTo("Form a unified list of terrorist organisations");
        assertThat(title.get("value").asString()).isEqualTo("Form a single list of terrorist organisations");
        assertThat(recording.get("correctedBy").get(1).get("previousValue").asString())
                .isEqualTo("2022-06");
        JsonNode correction = events.get(6);
        assertThat(correction.get("corrects").get("correctsVersion").asLong()).isZero();
        assertThat(correction.get("corrects").get("correctsType").asString()).isEqualTo("DecisionAdopted");
        assertThat(correction.get("description").asString()).startsWith("Corrected the title stated in version 0");
        JsonNode known = get("/api/items/" + scenario.terrorList + "/history?knownAt=" + scenario.beforeCorrections)
                .get("events");
        assertThat(known).hasSize(6);
        assertThat(known.get(0).get("correctedBy")).isEmpty();
    }
}
