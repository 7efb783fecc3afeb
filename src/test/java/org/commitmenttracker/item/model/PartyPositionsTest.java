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

/** A party's positions on a document, through real HTTP, in every view that shows them. */
class PartyPositionsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Press release of the session", "publisher", "CSTO", "locator", "para 2");

    private String signer;
    private String decliner;
    private String body;
    private String session;
    private String item;

    @BeforeEach
    void aDecisionOfTwoParties() {
        World world = new World(api);
        signer = world.party("RUS");
        decliner = world.party("ARM");
        body = world.body("CSC", List.of(signer, decliner));
        session = world.session(body, "2022-11-23", signer, map());
        item = world.decision(session, body, "2022-11-23", map("binds", List.of(signer, decliner)));
        assertThat(position(signer, "SIGNED", session, null, "2022-11-23").statusCode())
                .isEqualTo(200);
        assertThat(position(decliner, "DECLINED_TO_SIGN", session, "Disagreed with the assessment", "2022-11-23")
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> later = position(decliner, "JOINED_LATER", null, null, "2023-06");
        assertThat(later.statusCode()).as(later.body()).isEqualTo(200);
        Projections.awaitCaughtUp(api);
    }

    @Test
    void theItemShowsEachPartysPositionAsOfAnyDate() {
        JsonNode now = Json.read(api.get("/api/items/" + item).body()).get("positions");
        assertThat(current(now, decliner)).isEqualTo("JOINED_LATER");
        assertThat(current(now, signer)).isEqualTo("SIGNED");
        JsonNode before = Json.read(
                        api.get("/api/items/" + item + "?asOf=2023-05-31").body())
                .get("positions");
        assertThat(current(before, decliner)).isEqualTo("DECLINED_TO_SIGN");
        assertThat(before.size()).isEqualTo(2);
        assertThat(page("/items/" + item)).contains("declined to sign").contains("Disagreed with the assessment");
    }

    @Test
    void theSessionViewShowsWhoDidNotSign() {
        JsonNode view = Json.read(
                api.get("/api/sessions/" + session + "?asOf=2023-01-01").body());
        JsonNode positions = view.get("positions");
        assertThat(current(positions, decliner)).isEqualTo("DECLINED_TO_SIGN");
        String html = page("/sessions/" + session + "?asOf=2023-01-01");
        assertThat(html).contains("id=\"positions\"").contains("not-on-board").contains("declined to sign");
        String csv = api.get("/api/exports/positions?session=" + session).body();
        assertThat(csv).contains("\"DECLINED_TO_SIGN\"").contains("\"Disagreed with the assessment\"");
    }

    @Test
    void thePartyPageAndTheAuditLogShowThePositions() {
        assertThat(page("/parties/" + decliner)).contains("joined later").contains("declined to sign");
        JsonNode positions =
                Json.read(api.get("/api/parties/" + decliner + "/positions").body());
        assertThat(positions.size()).isEqualTo(2);
        List<String> summaries =
                Json.texts(Json.read(api.get("/api/audit?item=" + item).body()).get("events"), "summary");
        assertThat(summaries).contains(decliner + " declined to sign it, because: Disagreed with the assessment");
        assertThat(Json.read(api.get("/api/audit?session=" + session).body())
                        .get("total")
                        .asLong())
                .as("positions taken at the session are filed under it")
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aBodyOrAnUnknownPartyIsRefusedNamingTheField() {
        long before = eventCount();
        HttpResponse<String> byBody = position(body, "ABSTAINED", null, null, "2023-01-01");
        assertThat(byBody.statusCode()).isEqualTo(400);
        assertThat(byBody.body()).contains("\"field\":\"party\"").contains("is a body, not a party");
        HttpResponse<String> unknown = position("ZZZ-UNKNOWN", "ABSTAINED", null, null, "2023-01-01");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("\"field\":\"party\"").contains("not registered");
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aPositionCannotPrecedeTheItem() {
        assertThat(position(signer, "SIGNED", null, null, "2021-01-01").statusCode())
                .isEqualTo(409);
    }

    @Test
    void theOpenApiDocumentDescribesTheTypedRequests() {
        JsonNode spec = Json.read(api.get("/v3/api-docs").body());
        for (String[] endpoint : new String[][] {
            {"/api/items/{itemId}/positions", "RecordPosition"},
            {"/api/items/{itemId}/evidence", "AttachEvidence"},
            {"/api/sessions/{sessionId}/outcomes", "RecordSessionOutcome"}
        }) {
            JsonNode body = spec.get("paths").get(endpoint[0]).get("post").get("requestBody");
            assertThat(body.toString()).as(endpoint[0]).contains("#/components/schemas/" + endpoint[1]);
            assertThat(spec.get("components").get("schemas").get(endpoint[1]).get("required"))
                    .as(endpoint[1])
                    .isNotEmpty();
        }
        assertThat(spec.get("paths").has("/api/parties/{code}/positions")).isTrue();
        assertThat(spec.get("paths").has("/api/exports/positions")).isTrue();
        assertThat(spec.get("paths").has("/api/dashboard/session-outcomes")).isTrue();
    }

    private HttpResponse<String> position(String party, String position, String at, String reason, String date) {
        Map<String, Object> command = map("party", party, "position", position, "worldDate", worldDate(date));
        command.put("source", SOURCE);
        if (at != null) {
            command.put("sessionId", at);
        }
        if (reason != null) {
            command.put("reason", reason);
        }
        return api.post("/api/items/" + item + "/positions", JSON.writeValueAsString(command));
    }

    private static String current(JsonNode positions, String party) {
        for (JsonNode p : positions) {
            if (p.get("party").asString().equals(party) && p.get("current").asBoolean()) {
                return p.get("position").asString();
            }
        }
        return null;
    }

    private String page(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
