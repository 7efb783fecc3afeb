package org.commitmenttracker.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The directory reads: parties and bodies with their members, and the title of a session recorded without one. */
class DirectoryApiTest extends IntegrationTest {

    @Test
    void listsPartiesAndBodiesWithTheirMembers() {
        World world = new World(api);
        String arm = world.party("ARM");
        String blr = world.party("BLR");
        String council = world.body("CSC", List.of(arm, blr));
        Projections.awaitCaughtUp(api);

        JsonNode parties = ok(api.get("/api/parties"));
        assertThat(Json.texts(parties, "code")).contains(arm, blr).doesNotContain(council);
        JsonNode armenia = find(parties, arm);
        assertThat(armenia.get("name").asString()).isEqualTo("Party ARM");
        assertThat(armenia.get("kind").asString()).isEqualTo("STATE");

        assertThat(Json.texts(ok(api.get("/api/bodies")), "code")).contains(council);
        JsonNode body = ok(api.get("/api/bodies/" + council));
        assertThat(body.get("name").asString()).isEqualTo("Council CSC");
        assertThat(Json.texts(body.get("members"), "party")).containsExactly(arm, blr);
        assertThat(Json.texts(body.get("members"), "name")).containsExactly("Party ARM", "Party BLR");
    }

    @Test
    void anUnknownBodyIsA404Problem() {
        HttpResponse<String> response = api.get("/api/bodies/NO-SUCH-BODY");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("NO-SUCH-BODY");
    }

    @Test
    void aPartyRegisteredLaterIsNotInAnEarlierDirectory() {
        World world = new World(api);
        String before = java.time.Instant.now().minusSeconds(1).toString();
        String late = world.party("LATE");
        Projections.awaitCaughtUp(api);
        assertThat(Json.texts(ok(api.get("/api/parties")), "code")).contains(late);
        assertThat(Json.texts(ok(api.get("/api/parties?knownAt=" + before)), "code"))
                .doesNotContain(late);
    }

    @Test
    void aSessionRecordedWithoutATitleGetsTheGeneratedOne() {
        World world = new World(api);
        String party = world.party("KAZ");
        String council = world.body("CSC", List.of(party));
        String session = world.session(council, "2023-11-23", party, Map.of());
        Projections.awaitCaughtUp(api);
        JsonNode view = ok(api.get("/api/sessions?body=" + council));
        assertThat(Json.texts(view, "title")).containsExactly(council + " session, Minsk, 2023-11-23");
        assertThat(Json.texts(view, "id")).containsExactly(session);
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.get("code").asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " not in " + array);
    }
}
