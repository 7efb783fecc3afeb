package org.commitmenttracker.item.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A draft tabled (an open status), returned for revision (open) and adopted a year later, through real HTTP: the
 * adoption must name the decision that adopted it, and records the ADOPTED_AS link that both session pages show.
 */
class DraftLifecycleTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Report", "publisher", "CSTO", "locator", "para 4");

    @Test
    void aReturnedDraftStaysOpenAndIsLaterAdoptedAsADecision() {
        World world = new World(api);
        String party = world.party("KAZ");
        String body = world.body("CSC", List.of(party));
        String first = world.session(body, "2021-09-16", party, map());
        String second = world.session(body, "2022-09-16", party, map());
        String draft = world.proposal(first, party, "2021-09-16", map("category", "draft"));
        world.status(draft, "TABLED", "2021-09-16");
        world.status(draft, "RETURNED_FOR_REVISION", "2021-09-17");
        HttpResponse<String> count = api.post(
                "/api/sessions/" + first + "/outcomes",
                JSON.writeValueAsString(map(
                        "outcome",
                        "RETURNED_FOR_REVISION",
                        "count",
                        2,
                        "source",
                        Map.of("title", "Report", "publisher", "CSTO", "locator", "para 3"))));
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        String decision = world.decision(second, body, "2022-09-16", map("binds", List.of(party)));
        String otherDraft = world.proposal(second, party, "2022-09-16", map());
        long events = eventCount();
        assertRefusedNaming(adopt(draft, null), "adoptedAs");
        assertRefusedNaming(adopt(draft, otherDraft), "adoptedAs");
        assertRefusedNaming(adopt(draft, "0b7c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4"), "adoptedAs");
        assertRefusedNaming(
                api.post(
                        "/api/items/" + decision + "/status-changes",
                        JSON.writeValueAsString(map(
                                "to",
                                "IMPLEMENTED",
                                "adoptedAs",
                                decision,
                                "worldDate",
                                World.worldDate("2022-09-16"),
                                "source",
                                SOURCE))),
                "adoptedAs");
        assertThat(eventCount()).as("a refused adoption stores nothing").isEqualTo(events);
        HttpResponse<String> adopted = adopt(draft, decision);
        assertThat(adopted.statusCode()).as(adopted.body()).isEqualTo(200);
        Projections.awaitCaughtUp(api);

        JsonNode tabled = row(body, "2021-09-16", draft);
        assertThat(tabled.get("status").asString()).isEqualTo("TABLED");
        assertThat(tabled.get("open").asBoolean()).as("a tabled draft is open").isTrue();
        assertThat(ids(api.get("/api/items?open=true&body=" + body + "&asOf=2021-09-16")))
                .contains(draft);

        JsonNode returned = row(body, "2022-01-01", draft);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED_FOR_REVISION");
        assertThat(returned.get("open").asBoolean())
                .as("a returned draft is open")
                .isTrue();
        assertThat(ids(api.get("/api/items?open=true&body=" + body + "&asOf=2022-01-01")))
                .contains(draft);
        JsonNode outcome = Json.read(
                        api.get("/api/sessions/" + first + "?asOf=2022-01-01").body())
                .get("outcomes")
                .get(0);
        assertThat(outcome.get("named").asLong()).isEqualTo(1);
        assertThat(outcome.get("unnamed").asLong()).isEqualTo(1);

        JsonNode closed = row(body, "2022-09-16", draft);
        assertThat(closed.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(closed.get("open").asBoolean()).isFalse();
        JsonNode links = Json.read(api.get("/api/items/" + draft).body()).get("links");
        assertThat(links).as("the adoption recorded its link").hasSize(1);
        assertThat(links.get(0).get("relation").asString()).isEqualTo("ADOPTED_AS");
        assertThat(links.get(0).get("itemId").asString()).isEqualTo(decision);
        JsonNode from = Json.read(api.get("/api/items/" + decision).body()).get("linkedFrom");
        assertThat(from.get(0).get("relation").asString()).isEqualTo("ADOPTED_AS");
        assertThat(from.get(0).get("itemId").asString()).isEqualTo(draft);
        assertThat(api.get("/items/" + draft + "?asOf=2022-01-01").body()).contains("returned for revision");
        assertThat(api.get("/items/" + draft + "?asOf=2021-09-16").body()).contains("tabled");
        for (String session : List.of(first, second)) {
            JsonNode adoption = Json.read(api.get("/api/sessions/" + session).body())
                    .get("adoptions")
                    .get(0);
            assertThat(adoption.get("draftId").asString()).isEqualTo(draft);
            assertThat(adoption.get("decisionId").asString()).isEqualTo(decision);
            assertThat(api.get("/sessions/" + session).body()).contains("id=\"adoptions\"", "/items/" + decision);
        }
    }

    private HttpResponse<String> adopt(String draft, String decision) {
        Map<String, Object> command =
                map("to", "ADOPTED", "worldDate", World.worldDate("2022-09-16"), "source", SOURCE);
        if (decision != null) {
            command.put("adoptedAs", decision);
        }
        return api.post("/api/items/" + draft + "/status-changes", JSON.writeValueAsString(command));
    }

    private static void assertRefusedNaming(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.texts(Json.read(response.body()).get("errors"), "field"))
                .containsExactly(field);
    }

    private JsonNode row(String body, String asOf, String id) {
        HttpResponse<String> response = api.get("/api/items?body=" + body + "&asOf=" + asOf);
        for (JsonNode row : Json.read(response.body()).get("items")) {
            if (row.get("id").asString().equals(id)) {
                return row;
            }
        }
        throw new AssertionError(id + " not listed as of " + asOf);
    }

    private static List<String> ids(HttpResponse<String> response) {
        return Json.texts(Json.read(response.body()).get("items"), "id");
    }
}
