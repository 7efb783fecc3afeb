package org.commitmenttracker.item.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.time.Instant;
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

/** A session whose report counts more documents than it names, through real HTTP. */
class SessionOutcomesTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Report on the Bishkek session", "publisher", "CSTO", "locator", "para 1");

    private String body;
    private String session;
    private Instant beforeRecount;

    @BeforeEach
    void threeNamedOfSeventeenSigned() throws InterruptedException {
        World world = new World(api);
        String party = world.party("KGZ");
        body = world.body("CSC", List.of(party));
        session = world.session(body, "2022-10-14", party, map());
        for (int i = 0; i < 3; i++) {
            world.decision(session, body, "2022-10-14", map("binds", List.of(party)));
        }
        assertThat(outcome("SIGNED", 17, "The report names 15 of them").statusCode())
                .isEqualTo(200);
        assertThat(outcome("RETURNED_FOR_REVISION", 2, null).statusCode()).isEqualTo(200);
        Thread.sleep(5);
        beforeRecount = Instant.now();
        Thread.sleep(5);
        assertThat(outcome("SIGNED", 18, "A fuller report").statusCode()).isEqualTo(200);
        Projections.awaitCaughtUp(api);
    }

    @Test
    void theSessionViewSetsTheCountsAgainstTheNamedItems() {
        JsonNode view = Json.read(api.get("/api/sessions/" + session).body());
        assertThat(view.get("introduced").size()).as("no item is invented").isEqualTo(3);
        JsonNode signed = find(view.get("outcomes"), "SIGNED");
        assertThat(signed.get("count").asInt()).isEqualTo(18);
        assertThat(signed.get("named").asLong()).isEqualTo(3);
        assertThat(signed.get("unnamed").asLong()).isEqualTo(15);
        assertThat(find(view.get("outcomes"), "RETURNED_FOR_REVISION")
                        .get("unnamed")
                        .asLong())
                .isEqualTo(2);
        JsonNode earlier = Json.read(api.get("/api/sessions/" + session + "?knownAt=" + beforeRecount)
                        .body())
                .get("outcomes");
        assertThat(find(earlier, "SIGNED").get("count").asInt())
                .as("known at before the recount")
                .isEqualTo(17);
        String page = api.get("/sessions/" + session).body();
        assertThat(page).contains("id=\"outcomes\"").contains("returned for revision");
    }

    @Test
    void theDashboardShowsNamedAndUnnamedApart() {
        JsonNode figures = Json.read(
                api.get("/api/dashboard/session-outcomes?body=" + body).body());
        assertThat(find(figures, "SIGNED").get("unnamed").asLong()).isEqualTo(15);
        assertThat(api.get("/api/dashboard/session-outcomes?body=" + body + "&asOf=2022-10-13")
                        .body())
                .as("not before the session")
                .isEqualTo("[]");
        assertThat(api.get("/?body=" + body).body()).contains("id=\"outcomes\"").contains(">15<");
        List<String> audit = Json.texts(
                Json.read(api.get("/api/audit?session=" + session).body()).get("events"), "summary");
        assertThat(audit).contains("Outcome of the session: 17 signed — The report names 15 of them");
    }

    @Test
    void aCountMustBeANumberOfDocumentsAtARecordedSession() {
        HttpResponse<String> negative = outcome("ADOPTED", -1, null);
        assertThat(negative.statusCode()).isEqualTo(400);
        assertThat(negative.body()).contains("\"field\":\"count\"");
        HttpResponse<String> unknown = api.post(
                "/api/sessions/00000000-0000-0000-0000-000000000001/outcomes",
                JSON.writeValueAsString(map("outcome", "ADOPTED", "count", 1, "source", SOURCE)));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> outcome(String outcome, int count, String note) {
        Map<String, Object> command = map("outcome", outcome, "count", count, "source", SOURCE);
        if (note != null) {
            command.put("note", note);
        }
        return api.post("/api/sessions/" + session + "/outcomes", JSON.writeValueAsString(command));
    }

    private static JsonNode find(JsonNode outcomes, String outcome) {
        for (JsonNode o : outcomes) {
            if (o.get("outcome").asString().equals(outcome)) {
                return o;
            }
        }
        throw new AssertionError("no " + outcome + " in " + outcomes);
    }
}
