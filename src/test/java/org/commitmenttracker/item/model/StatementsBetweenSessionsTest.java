package org.commitmenttracker.item.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;
import static org.commitmenttracker.support.World.worldDate;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Follow-ups on occasions between sessions, and evidence that leaves the status alone, through real HTTP. */
class StatementsBetweenSessionsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Ministry of Defence report", "publisher", "Ministry", "locator", "p. 4");

    private World world;
    private String party;
    private String item;

    @BeforeEach
    void decision() {
        world = new World(api);
        party = world.party("ARM");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2021-09-16", party, map());
        item = world.decision(session, body, "2021-09-16", map("binds", List.of(party)));
    }

    @Test
    void aFollowUpOnAnOccasionBetweenSessionsIsAcceptedAndShown() {
        HttpResponse<String> answer = post(
                "/follow-ups",
                map(
                        "raisedBy",
                        party,
                        "person",
                        "Spokesperson",
                        "stance",
                        "REPORTED_NOT_IMPLEMENTED",
                        "occasion",
                        map("kind", "SPOKESPERSON_COMMENT", "description", "weekly briefing"),
                        "worldDate",
                        worldDate("2022-03-02"),
                        "source",
                        SOURCE));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);

        Projections.awaitCaughtUp(api);
        JsonNode followUp = detail().get("followUps").get(0);
        assertThat(followUp.get("sessionId").isNull()).isTrue();
        assertThat(followUp.get("occasionKind").asString()).isEqualTo("SPOKESPERSON_COMMENT");
        assertThat(followUp.get("occasionDescription").asString()).isEqualTo("weekly briefing");
        assertThat(page()).contains("between sessions: spokesperson&#39;s comment (weekly briefing)");
        assertThat(auditSummaries()).anyMatch(s -> s.contains("raised it again in a spokesperson comment"));
    }

    @Test
    void aFollowUpNeedsASessionOrAnOccasionButNotBoth() {
        Map<String, Object> neither =
                map("raisedBy", party, "stance", "CALLED_FOR", "worldDate", worldDate("2022-03-02"), "source", SOURCE);
        HttpResponse<String> refused = post("/follow-ups", neither);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"sessionId\"");

        Map<String, Object> before = new java.util.LinkedHashMap<>(neither);
        before.put("occasion", map("kind", "INTERVIEW"));
        before.put("worldDate", worldDate("2020-01-01"));
        assertThat(post("/follow-ups", before).statusCode()).isEqualTo(409);
    }

    @Test
    void evidenceIsAttachedWithoutChangingTheStatus() {
        HttpResponse<String> answer = post(
                "/evidence",
                map(
                        "bearing",
                        "CONTRADICTS",
                        "note",
                        "The centre has not opened",
                        "worldDate",
                        worldDate("2022-05"),
                        "source",
                        SOURCE));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Tracker-Position")).isPresent();

        Projections.awaitCaughtUp(api);
        JsonNode detail = detail();
        assertThat(detail.get("item").get("status").asString()).isEqualTo("ADOPTED");
        JsonNode evidence = detail.get("evidence").get(0);
        assertThat(evidence.get("bearing").asString()).isEqualTo("CONTRADICTS");
        assertThat(evidence.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(evidence.get("source").get("locator").asString()).isEqualTo("p. 4");
        assertThat(evidence.get("worldDate").get("precision").asString()).isEqualTo("MONTH");
        assertThat(Json.read(api.get("/api/items/" + item + "?asOf=2022-04-30").body())
                        .get("evidence")
                        .size())
                .as("not yet as of April")
                .isZero();
        assertThat(page()).contains("contradicts the status");
        assertThat(auditSummaries()).anyMatch(s -> s.startsWith("Evidence that contradicts the status adopted"));
    }

    @Test
    void evidenceNeedsItsBearingAndALocator() {
        HttpResponse<String> refused = post(
                "/evidence", map("worldDate", worldDate("2022-05"), "source", Map.of("title", "t", "publisher", "p")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("bearing").contains("source.locator");
    }

    private HttpResponse<String> post(String path, Map<String, Object> body) {
        return api.post("/api/items/" + item + path, JSON.writeValueAsString(body));
    }

    private JsonNode detail() {
        HttpResponse<String> response = api.get("/api/items/" + item);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private String page() {
        HttpResponse<String> response = api.get("/items/" + item);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private List<String> auditSummaries() {
        return Json.texts(Json.read(api.get("/api/audit?item=" + item).body()).get("events"), "summary");
    }
}
