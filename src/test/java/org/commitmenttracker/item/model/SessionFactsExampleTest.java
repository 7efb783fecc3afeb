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
 * The worked example of docs/session-facts.md, step by step, with the field names the document shows: a session known
 * through counts, a party declining to sign, an act dated only "on or before", a statement between sessions, a draft
 * tabled, returned and adopted a year later, and a correction of the session's place. If a field the document names is
 * renamed, this test fails.
 */
class SessionFactsExampleTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Report on the session", "publisher", "CSTO Secretariat", "locator", "para 1");

    @Test
    void theWorkedExampleRecordsAndReadsBackAsDocumented() {
        World world = new World(api);
        String arm = world.party("ARM");
        String kgz = world.party("KGZ");
        String rus = world.party("RUS");
        String csc = world.body("CSC", List.of(arm, kgz, rus));
        String session = world.session(csc, "2022-11-23", arm, map());
        String later = world.session(csc, "2023-11-23", arm, map());

        // 1. The counts, and the documents the report names: the declaration among 15 signed decisions.
        ok(post(
                "/api/sessions/" + session + "/outcomes",
                "outcome",
                "SIGNED",
                "count",
                17,
                "note",
                "the report names 15 of them"));
        ok(post("/api/sessions/" + session + "/outcomes", "outcome", "RETURNED_FOR_REVISION", "count", 2));
        String declaration = world.decision(session, csc, "2022-11-23", map("binds", List.of(arm, kgz, rus)));
        for (int i = 1; i < 15; i++) {
            world.decision(session, csc, "2022-11-23", map());
        }

        // 2. A party declining to sign.
        ok(post(
                "/api/items/" + declaration + "/positions",
                "party",
                arm,
                "position",
                "DECLINED_TO_SIGN",
                "sessionId",
                session,
                "reason",
                "disagreed with the assessment of the border situation",
                "worldDate",
                day("2022-11-23")));
        ok(post(
                "/api/items/" + declaration + "/positions",
                "party",
                kgz,
                "position",
                "SIGNED",
                "sessionId",
                session,
                "worldDate",
                day("2022-11-23")));

        // 3. An act mentioned without its date.
        HttpResponse<String> act = api.post(
                "/api/items/decisions",
                JSON.writeValueAsString(World.map(
                        "adoptedBy",
                        csc,
                        "documentType",
                        "decision",
                        "title",
                        "On the unified list",
                        "worldDate",
                        Map.of("date", "2022-11-23", "precision", "ON_OR_BEFORE"),
                        "source",
                        SOURCE)));
        assertThat(act.statusCode()).as(act.body()).isEqualTo(201);
        String actId = Json.read(act.body()).get("id").asString();

        // 4. A statement between sessions, and evidence against it.
        ok(post(
                "/api/items/" + declaration + "/follow-ups",
                "occasion",
                Map.of("kind", "SPOKESPERSON_COMMENT", "description", "weekly briefing"),
                "raisedBy",
                rus,
                "stance",
                "PROGRESS_REPORTED",
                "worldDate",
                day("2023-03-02")));
        ok(post(
                "/api/items/" + declaration + "/evidence",
                "bearing",
                "CONTRADICTS",
                "note",
                "the centre has not opened",
                "worldDate",
                Map.of("date", "2023-05", "precision", "MONTH")));

        // 5. A draft tabled, returned for revision and adopted a year later by a decision of that session.
        String draft = world.proposal(session, arm, "2022-11-23", map("category", "draft"));
        ok(post("/api/items/" + draft + "/status-changes", "to", "TABLED", "worldDate", day("2022-11-23")));
        ok(post(
                "/api/items/" + draft + "/status-changes",
                "to",
                "RETURNED_FOR_REVISION",
                "worldDate",
                day("2022-11-23")));
        String adopting = world.decision(later, csc, "2023-11-23", map());
        HttpResponse<String> unlinked =
                post("/api/items/" + draft + "/status-changes", "to", "ADOPTED", "worldDate", day("2023-11-23"));
        assertThat(unlinked.statusCode()).as(unlinked.body()).isEqualTo(400);
        assertThat(unlinked.body()).contains("\"field\":\"adoptedAs\"");
        ok(post(
                "/api/items/" + draft + "/status-changes",
                "to",
                "ADOPTED",
                "adoptedAs",
                adopting,
                "worldDate",
                day("2023-11-23")));

        // 6. The session's place, corrected.
        ok(post(
                "/api/sessions/" + session + "/corrections",
                "field",
                "PLACE",
                "value",
                "Yerevan",
                "reason",
                "the first report named the wrong city"));
        Projections.awaitCaughtUp(api);

        JsonNode view = Json.read(
                api.get("/api/sessions/" + session + "?asOf=2023-01-01").body());
        // A correction counts on the world axis from the day it was recorded: today, not as of 2023.
        assertThat(view.get("session").get("place").asString()).isEqualTo("Minsk");
        assertThat(Json.read(api.get("/api/sessions/" + session).body())
                        .get("session")
                        .get("place")
                        .asString())
                .isEqualTo("Yerevan");
        JsonNode signed = outcome(view, "SIGNED");
        assertThat(signed.get("count").asLong()).isEqualTo(17);
        assertThat(signed.get("named").asLong()).isEqualTo(15);
        assertThat(signed.get("unnamed").asLong()).isEqualTo(2);
        JsonNode returned = outcome(view, "RETURNED_FOR_REVISION");
        assertThat(returned.get("named").asLong())
                .as("the returned draft is named")
                .isEqualTo(1);
        assertThat(returned.get("unnamed").asLong()).isEqualTo(1);
        assertThat(Json.texts(view.get("positions"), "position")).contains("DECLINED_TO_SIGN");
        assertThat(api.get("/api/exports/positions?session=" + session).body()).contains(arm, "DECLINED_TO_SIGN");

        assertThat(ids("/api/items?body=" + csc + "&asOf=2022-11-22")).doesNotContain(actId);
        assertThat(ids("/api/items?body=" + csc + "&asOf=2022-11-23")).contains(actId);
        assertThat(ids("/api/items?open=true&body=" + csc + "&asOf=2023-01-01")).contains(draft);
        assertThat(ids("/api/items?open=true&body=" + csc + "&asOf=2023-11-23")).doesNotContain(draft);

        JsonNode detail = Json.read(api.get("/api/items/" + declaration).body());
        assertThat(detail.get("followUps").get(0).get("occasionKind").asString())
                .isEqualTo("SPOKESPERSON_COMMENT");
        assertThat(detail.get("evidence").get(0).get("bearing").asString()).isEqualTo("CONTRADICTS");
        JsonNode link =
                Json.read(api.get("/api/items/" + draft).body()).get("links").get(0);
        assertThat(link.get("relation").asString()).isEqualTo("ADOPTED_AS");
        assertThat(link.get("itemId").asString()).isEqualTo(adopting);
        for (String heldAt : List.of(session, later)) {
            JsonNode adoption = Json.read(api.get("/api/sessions/" + heldAt).body())
                    .get("adoptions")
                    .get(0);
            assertThat(adoption.get("draftId").asString()).isEqualTo(draft);
            assertThat(adoption.get("decisionId").asString()).isEqualTo(adopting);
        }
    }

    private HttpResponse<String> post(String path, Object... fields) {
        Map<String, Object> command = World.map(fields);
        command.put("source", SOURCE);
        return api.post(path, JSON.writeValueAsString(command));
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
    }

    private static Map<String, Object> day(String date) {
        return Map.of("date", date, "precision", "DAY");
    }

    private static JsonNode outcome(JsonNode view, String kind) {
        for (JsonNode outcome : view.get("outcomes")) {
            if (outcome.get("outcome").asString().equals(kind)) {
                return outcome;
            }
        }
        throw new AssertionError(kind + " not among " + view.get("outcomes"));
    }

    private List<String> ids(String path) {
        return Json.texts(Json.read(api.get(path).body()).get("items"), "id");
    }
}
