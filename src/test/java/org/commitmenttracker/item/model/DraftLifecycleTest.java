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

/** A draft tabled, returned for revision (an open status) and adopted a year later, through real HTTP. */
class DraftLifecycleTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aReturnedDraftStaysOpenAndIsLaterAdoptedAsADecision() {
        World world = new World(api);
        String party = world.party("KAZ");
        String body = world.body("CSC", List.of(party));
        String first = world.session(body, "2021-09-16", party, map());
        String second = world.session(body, "2022-09-16", party, map());
        String draft = world.proposal(first, party, "2021-09-16", map("category", "draft"));
        world.status(draft, "RETURNED_FOR_REVISION", "2021-09-16");
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
        world.status(draft, "ADOPTED", "2022-09-16");
        world.link(draft, "ADOPTED_AS", decision, "2022-09-16");
        Projections.awaitCaughtUp(api);

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

        JsonNode adopted = row(body, "2022-09-16", draft);
        assertThat(adopted.get("status").asString()).isEqualTo("ADOPTED");
        assertThat(adopted.get("open").asBoolean()).isFalse();
        JsonNode links = Json.read(api.get("/api/items/" + draft).body()).get("links");
        assertThat(links.get(0).get("relation").asString()).isEqualTo("ADOPTED_AS");
        assertThat(links.get(0).get("itemId").asString()).isEqualTo(decision);
        assertThat(api.get("/items/" + draft + "?asOf=2022-01-01").body()).contains("returned for revision");
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
