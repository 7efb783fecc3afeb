package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every refusal is problem+json with the right status, names what was wrong, and writes nothing. */
class CommandRefusalTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Register register;
    private String decision;

    @BeforeEach
    void setUpRegister() {
        register = new Register(api);
        decision = Register.created(api.post(
                "/api/items/decisions",
                Fixtures.decision(register.session2019, register.body, "\"" + register.party + "\"")));
    }

    @Test
    void malformedJsonIs400() {
        JsonNode problem = refused(400, () -> api.post("/api/items/pledges", "{\"pledgedBy\": "));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("body");
    }

    @Test
    void incompleteCommandIs400NamingEachMissingField() {
        JsonNode problem = refused(400, () -> api.post("/api/items/pledges", "{\"title\": \"\"}"));
        assertThat(fields(problem)).containsExactly("pledgedBy", "source", "title", "worldDate");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("must not be blank");
    }

    @Test
    void nestedInvalidValuesAreNamedByPath() {
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10")
                .replace("\"locator\": \"line 12\"", "\"locator\": \"\"")
                .replace("[\"peacekeeping\"]", "[\"Peace Keeping\"]");
        JsonNode problem = refused(400, () -> api.post("/api/items/pledges", body));
        assertThat(fields(problem)).containsExactly("source.locator", "themes[0]");
    }

    @Test
    void wrongTypesUnknownFieldsAndBadDatesAre400NamingTheField() {
        assertThat(fields(refused(
                        400,
                        () -> api.post("/api/items/" + decision + "/status-changes", Fixtures.statusChange("DONE")))))
                .containsExactly("to");
        assertThat(fields(refused(
                        400,
                        () -> api.post(
                                "/api/items/" + decision + "/status-changes",
                                Fixtures.statusChange("STALLED").replace("\"note\"", "\"nope\"")))))
                .containsExactly("nope");
        assertThat(fields(refused(
                        400,
                        () -> api.post(
                                "/api/items/" + decision + "/status-changes",
                                Fixtures.statusChange("STALLED").replace("2022-01-13", "2022-13-45")))))
                .containsExactly("worldDate");
        assertThat(fields(refused(
                        400,
                        () -> api.post(
                                "/api/items/pledges",
                                Fixtures.pledge(register.session2022, register.party, "2022-01-10")
                                        .replace("\"themes\": [\"peacekeeping\"]", "\"themes\": 5")))))
                .containsExactly("themes");
    }

    @Test
    void anUnknownEnumValueListsTheValuesAsClientsWriteThem() {
        JsonNode problem = refused(
                400,
                () -> api.post(
                        "/api/items/" + decision + "/assessments", """
                {"party": "%s", "period": "INTERIM", "score": "2", "worldDate": {"date": "2022"}, "source": %s}""".formatted(register.party, Fixtures.SOURCE)));
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("score");
        assertThat(problem.get("errors").get(0).get("reason").asString()).isEqualTo("must be one of [+1, 0, -1, n/a]");
    }

    /** A decision's actor may be a body, but only parties are scored: a body line would skew the overall average. */
    @Test
    void aBodyOrAnUnknownCodeIsNotAnAssessedParty() {
        for (String notAParty : new String[] {register.body, "NOPE" + register.party}) {
            JsonNode problem = refused(
                    400,
                    () -> api.post(
                            "/api/items/" + decision + "/assessments", """
                    {"party": "%s", "period": "FINAL", "score": "+1", "worldDate": {"date": "2022"}, "source": %s}""".formatted(notAParty, Fixtures.SOURCE)));
            assertThat(fields(problem)).containsExactly("party");
            assertThat(problem.get("errors").get(0).get("reason").asString()).contains(notAParty);
        }
    }

    @Test
    void unknownItemOrSessionIs404() {
        refused(
                404,
                () -> api.post("/api/items/" + Fixtures.newId() + "/status-changes", Fixtures.statusChange("STALLED")));
        refused(
                404,
                () -> api.post("/api/items/pledges", Fixtures.pledge(Fixtures.newId(), register.party, "2022-01-10")));
        assertThat(fields(refused(
                        400, () -> api.post("/api/items/not-a-uuid/status-changes", Fixtures.statusChange("STALLED")))))
                .containsExactly("itemId");
    }

    @Test
    void illegalTransitionIs409WithCurrentAndAllowedStatuses() {
        assertThat(api.post("/api/items/" + decision + "/status-changes", Fixtures.statusChange("IMPLEMENTED"))
                        .statusCode())
                .isEqualTo(200);
        JsonNode problem = refused(
                409, () -> api.post("/api/items/" + decision + "/status-changes", Fixtures.statusChange("STALLED")));
        assertThat(problem.get("currentStatus").asString()).isEqualTo("IMPLEMENTED");
        assertThat(problem.get("requestedStatus").asString()).isEqualTo("STALLED");
        assertThat(problem.get("allowedStatuses").isArray()).isTrue();
        assertThat(problem.get("allowedStatuses")).isEmpty();

        String fresh = Register.created(
                api.post("/api/items/proposals", Fixtures.proposal(register.session2019, register.party)));
        JsonNode wrongKind = refused(
                409, () -> api.post("/api/items/" + fresh + "/status-changes", Fixtures.statusChange("STALLED")));
        assertThat(wrongKind.get("allowedStatuses").toString())
                .isEqualTo("[\"TABLED\",\"UNDER_CONSIDERATION\",\"RETURNED_FOR_REVISION\",\"REJECTED\",\"WITHDRAWN\","
                        + "\"LAPSED\",\"ADOPTED\"]");
    }

    @Test
    void wrongContentTypeIs415() {
        refused(
                415,
                () -> api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/items/pledges"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("hello"))
                        .build()));
    }

    @Test
    void staleIfMatchIs412AndCurrentIfMatchSucceeds() {
        String at = "/api/items/" + decision + "/status-changes";
        HttpResponse<String> first = api.post(at, Fixtures.statusChange("STALLED"), Map.of("If-Match", "\"0\""));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode problem = refused(
                412, () -> api.post(at, Fixtures.statusChange("IN_IMPLEMENTATION"), Map.of("If-Match", "\"0\"")));
        assertThat(problem.get("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.post(
                                at,
                                Fixtures.statusChange("IN_IMPLEMENTATION"),
                                Map.of(
                                        "If-Match",
                                        first.headers().firstValue("ETag").orElseThrow()))
                        .statusCode())
                .isEqualTo(200);
    }

    /** Sends the request, checks status and problem+json, and checks that no event at all was appended. */
    private JsonNode refused(int status, Supplier<HttpResponse<String>> request) {
        long before = eventCount();
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception", "at org.", "SQL");
        assertThat(eventCount()).as("events written by a refused command").isEqualTo(before);
        return JSON.readTree(response.body());
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors")
                .valueStream()
                .map(error -> error.get("field").asString())
                .toList();
    }
}
