package org.commitmenttracker.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
 * Corrections of sessions, parties and bodies through real HTTP: the reads show the corrected value, and a read known
 * at (or as of) a moment before the correction still shows the value it replaced. Refusals name field and reason.
 */
class RegisterCorrectionsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Corrigendum to the report", "publisher", "CSTO Secretariat", "locator", "para 2");

    @Test
    void correctedSessionPartyAndBodyShowTheNewValueAndTheOldOneBeforeTheCorrection() {
        World world = new World(api);
        String party = world.party("ARM");
        String other = world.party("KGZ");
        String body = world.body("CSC", List.of(party, other));
        String session = world.session(body, "2022-11-23", party, map("title", "Yerevan summit"));
        String decision = world.decision(session, body, "2022-11-23", map());
        Projections.awaitCaughtUp(api);
        Instant before = Instant.now();

        correct("/api/sessions/" + session, map("field", "PLACE", "value", "Yerevan"));
        correct("/api/sessions/" + session, map("field", "TITLE", "value", "CSC session, Yerevan"));
        correct("/api/sessions/" + session, map("field", "WORLD_DATE", "value", "2022-11-24"));
        correct("/api/sessions/" + session, map("field", "FORMAT", "value", "VIDEO"));
        correct(
                "/api/sessions/" + session,
                map(
                        "field",
                        "PARTICIPANTS",
                        "participants",
                        List.of(map("person", "N. P.", "role", "PM", "party", other))));
        correct("/api/parties/" + party, map("field", "NAME", "value", "Republic of Armenia"));
        correct("/api/parties/" + party, map("field", "KIND", "value", "ORGANISATION"));
        correct("/api/bodies/" + body, map("field", "NAME", "value", "Collective Security Council"));
        correct("/api/bodies/" + body, map("field", "ORGANISATION", "value", other));
        Projections.awaitCaughtUp(api);

        JsonNode now = session(session, "");
        assertThat(now.get("place").asString()).isEqualTo("Yerevan");
        assertThat(now.get("title").asString()).isEqualTo("CSC session, Yerevan");
        assertThat(now.get("worldDate").get("date").asString()).isEqualTo("2022-11-24");
        assertThat(now.get("format").asString()).isEqualTo("VIDEO");
        assertThat(now.get("participants").get(0).get("party").asString()).isEqualTo(other);
        JsonNode then = session(session, "?knownAt=" + before);
        assertThat(then.get("place").asString()).isEqualTo("Minsk");
        assertThat(then.get("title").asString()).isEqualTo("Yerevan summit");
        assertThat(then.get("worldDate").get("date").asString()).isEqualTo("2022-11-23");
        assertThat(then.get("participants").get(0).get("party").asString()).isEqualTo(party);
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        assertThat(session(session, "?asOf=" + yesterday).get("place").asString())
                .as("as of a day before the correction was recorded")
                .isEqualTo("Minsk");
        assertThat(api.get("/sessions/" + session).body()).contains("CSC session, Yerevan", "Yerevan");

        JsonNode row = item(decision, body, "");
        assertThat(row.get("sessionTitle").asString()).isEqualTo("CSC session, Yerevan");
        assertThat(row.get("sessionDate").asString()).isEqualTo("2022-11-24");
        assertThat(item(decision, body, "&knownAt=" + before)
                        .get("sessionTitle")
                        .asString())
                .isEqualTo("Yerevan summit");

        JsonNode armenia = entry(api.get("/api/parties"), party);
        assertThat(armenia.get("name").asString()).isEqualTo("Republic of Armenia");
        assertThat(armenia.get("kind").asString()).isEqualTo("ORGANISATION");
        assertThat(entry(api.get("/api/parties?knownAt=" + before), party)
                        .get("name")
                        .asString())
                .isEqualTo("Party ARM");
        assertThat(entry(api.get("/api/parties?asOf=" + yesterday), party)
                        .get("name")
                        .asString())
                .isEqualTo("Party ARM");
        JsonNode council = Json.read(api.get("/api/bodies/" + body).body());
        assertThat(council.get("name").asString()).isEqualTo("Collective Security Council");
        assertThat(council.get("organisation").asString()).isEqualTo(other);
        assertThat(council.get("members").get(0).get("name").asString()).isEqualTo("Republic of Armenia");
        assertThat(entry(api.get("/api/bodies"), body).get("name").asString()).isEqualTo("Collective Security Council");
        JsonNode earlier =
                Json.read(api.get("/api/bodies/" + body + "?knownAt=" + before).body());
        assertThat(earlier.get("name").asString()).isEqualTo("Council CSC");
        assertThat(earlier.get("organisation").isNull()).isTrue();
        assertThat(api.get("/parties/" + party).body()).contains("Republic of Armenia");

        JsonNode audit = Json.read(api.get("/api/audit?type=SessionCorrected&session=" + session)
                        .body())
                .get("events");
        assertThat(audit).hasSize(5);
        assertThat(Json.texts(audit, "recordedBy")).containsOnly(ADMIN);
        assertThat(Json.texts(audit, "summary")).anySatisfy(summary -> assertThat(summary)
                .contains("place", "«Yerevan»", "the report misread", "Corrigendum to the report", "para 2"));
        JsonNode partyAudit = Json.read(api.get("/api/audit?type=PartyCorrected&from="
                                + URLEncoder.encode(before.toString(), StandardCharsets.UTF_8))
                        .body())
                .get("events");
        assertThat(Json.texts(partyAudit, "summary")).anyMatch(s -> s.contains("«Republic of Armenia»"));
    }

    @Test
    void refusalsNameTheFieldAndWriteNothing() {
        World world = new World(api);
        String party = world.party("ARM");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2022-11-23", party, map());
        long events = eventCount();

        assertRefused(
                api.post("/api/sessions/" + session + "/corrections", body(map("field", "VENUE", "value", "x"))),
                400,
                "field");
        assertRefused(
                api.post("/api/sessions/" + session + "/corrections", body(map("field", "KIND", "value", "WEEKLY"))),
                400,
                "value");
        assertRefused(
                api.post(
                        "/api/sessions/" + session + "/corrections",
                        body(map("field", "WORLD_DATE", "value", "the 23rd"))),
                400,
                "value");
        assertRefused(
                api.post("/api/sessions/" + session + "/corrections", body(map("field", "CHAIR", "value", "ZZZ-NONE"))),
                400,
                "value");
        assertRefused(
                api.post("/api/sessions/" + session + "/corrections", body(map("field", "PARTICIPANTS", "value", "x"))),
                400,
                "participants");
        assertRefused(
                api.post("/api/parties/" + party + "/corrections", body(map("field", "KIND", "value", "PLANET"))),
                400,
                "value");
        assertRefused(
                api.post("/api/bodies/" + body + "/corrections", body(map("field", "ORGANISATION", "value", "NOPE-1"))),
                400,
                "value");
        HttpResponse<String> unknown = api.post(
                "/api/sessions/0b7c1e2d-3f4a-4b5c-8d6e-7f8091a2b3c4/corrections",
                body(map("field", "PLACE", "value", "Minsk")));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(api.post("/api/parties/NOBODY-X/corrections", body(map("field", "NAME", "value", "N")))
                        .statusCode())
                .isEqualTo(404);
        assertThat(eventCount()).as("no refused correction is stored").isEqualTo(events);
    }

    private void correct(String path, Map<String, Object> fields) {
        HttpResponse<String> answer = api.post(path + "/corrections", body(fields));
        assertThat(answer.statusCode()).as(path + " " + answer.body()).isEqualTo(200);
    }

    private static String body(Map<String, Object> fields) {
        Map<String, Object> command = map("reason", "the report misread the original", "source", SOURCE);
        command.putAll(fields);
        return JSON.writeValueAsString(command);
    }

    private JsonNode session(String id, String query) {
        HttpResponse<String> response = api.get("/api/sessions/" + id + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body()).get("session");
    }

    private JsonNode item(String id, String body, String query) {
        return entry(api.get("/api/items?body=" + body + query), "items", "id", id);
    }

    private static JsonNode entry(HttpResponse<String> response, String code) {
        JsonNode all = Json.read(response.body());
        for (JsonNode node : all) {
            if (node.get("code").asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " not in " + response.body());
    }

    private static JsonNode entry(HttpResponse<String> response, String list, String key, String value) {
        for (JsonNode node : Json.read(response.body()).get(list)) {
            if (node.get(key).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError(value + " not in " + response.body());
    }

    private static void assertRefused(HttpResponse<String> response, int status, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(Json.texts(Json.read(response.body()).get("errors"), "field"))
                .containsExactly(field);
    }
}
