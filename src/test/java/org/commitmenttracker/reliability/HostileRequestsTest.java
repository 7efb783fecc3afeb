package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.RawHttp;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests refused before any controller runs (by Tomcat or the firewall) and query values PostgreSQL cannot store or
 * compare: each is a 4xx problem, never a 500, and carries the security headers like every other answer.
 */
class HostileRequestsTest extends IntegrationTest {

    private RawHttp.Answer asAdmin(String method, String target) {
        return RawHttp.send(port, method, target, ADMIN, ADMIN_PASSWORD);
    }

    private static void assertSecurityHeaders(String request, RawHttp.Answer answer) {
        assertThat(answer.header("Content-Security-Policy"))
                .as(request + " -> " + answer)
                .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
        assertThat(answer.header("X-Content-Type-Options"))
                .as(request + " -> " + answer)
                .contains("nosniff");
        assertThat(answer.header("Referrer-Policy"))
                .as(request + " -> " + answer)
                .isPresent();
    }

    private static void assertProblem(String request, RawHttp.Answer answer, int status) {
        assertThat(answer.status()).as(request + " -> " + answer).isEqualTo(status);
        assertThat(answer.header("Content-Type"))
                .as(request + " -> " + answer)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception", "\tat ", "Tomcat");
        assertSecurityHeaders(request, answer);
    }

    private void assertNamesParameter(String target, String parameter) {
        RawHttp.Answer answer = asAdmin("GET", target);
        assertProblem(target, answer, 400);
        JsonNode problem = Json.read(answer.body());
        assertThat(Json.texts(problem.get("errors"), "field"))
                .as(target + " -> " + answer.body())
                .containsExactly(parameter);
    }

    @Test
    void invalidPercentEncodingIsA400ProblemEverywhere() {
        for (String target : List.of(
                "/api/items?x=%zz",
                "/login?x=%zz", "/actuator/health?x=%zz", "/api/items?q=%", "/api/items?q=%e0%a4", "/?lang=%G1")) {
            assertProblem(target, asAdmin("GET", target), 400);
            assertProblem(target + " anonymous", RawHttp.send(port, "GET", target, null, null), 400);
        }
    }

    @Test
    void errorsMadeOutsideTheApplicationCarryTheSecurityHeaders() {
        for (String[] request : List.of(
                new String[] {"GET", "//items"},
                new String[] {"GET", "/items;x"},
                new String[] {"GET", "/%"},
                new String[] {"TRACE", "/"},
                new String[] {"GET", "/api/items/%00"},
                new String[] {"GET", "/api/items/a%2Fb"})) {
            RawHttp.Answer answer = asAdmin(request[0], request[1]);
            assertThat(answer.status())
                    .as(String.join(" ", request) + " -> " + answer)
                    .isBetween(400, 499);
            assertSecurityHeaders(String.join(" ", request), answer);
        }
    }

    @Test
    void aNulInAQueryParameterIsRefusedNamingIt() {
        assertNamesParameter("/api/items?q=terror%00ism", "q");
        assertNamesParameter("/api/items?party=RUS%00", "party");
        assertNamesParameter("/api/audit?recordedBy=admin%00", "recordedBy");
        assertNamesParameter("/api/audit?item=%00", "item");
        assertNamesParameter("/api/audit?type=%00StatusChanged", "type");
        assertNamesParameter("/api/exports/items?theme=%00", "theme");
        assertNamesParameter("/api/exports/scorecard?body=%00", "body");
        assertNamesParameter("/api/sessions?body=x%00", "body");
    }

    @Test
    void queryDatesOutsideTheSaneRangeAreRefused() {
        for (String asOf : List.of(
                "0000-01-01",
                "1799-12-31",
                "2201-01-01",
                "+999999999-12-31",
                "+1000000000-01-01",
                "-999999999-01-01")) {
            assertNamesParameter("/api/items?asOf=" + asOf, "asOf");
            assertNamesParameter("/api/items?from=" + asOf, "from");
            assertNamesParameter("/api/items?to=" + asOf, "to");
            assertNamesParameter("/api/scorecard?from=" + asOf, "from");
            assertNamesParameter("/api/sessions?to=" + asOf, "to");
        }
        for (String knownAt : List.of(
                "+1000000000-01-01T00:00:00Z",
                "+999999999-12-31T00:00:00Z",
                "0000-01-01T00:00:00Z",
                "2201-01-01T00:00:00Z",
                "-999999999-01-01T00:00:00Z")) {
            assertNamesParameter("/api/items?knownAt=" + knownAt, "knownAt");
            assertNamesParameter("/api/audit?from=" + knownAt, "from");
            assertNamesParameter("/api/audit?to=" + knownAt, "to");
        }
        assertThat(asAdmin("GET", "/api/items?asOf=1800-01-01&knownAt=2200-12-31T23:59:59Z")
                        .status())
                .isEqualTo(200);
        assertThat(asAdmin("GET", "/api/items?from=1800-01-01&to=2200-12-31").status())
                .isEqualTo(200);
    }

    @Test
    void worldDatesInCommandsMustLieBetween1800And2200() {
        World world = new World(api);
        String party = world.party("RUS");
        String body = world.body("CSC", List.of(party));
        String session = world.session(body, "2022-01-10", party, Map.of());
        for (String date : List.of("0000-01-01", "1799-12-31", "2201-01-01", "+999999999-12-31", "-999999999-01-01")) {
            long before = eventCount();
            var answer = api.post("/api/items/pledges", """
                    {"sessionId": "%s", "pledgedBy": "%s", "title": "Far away", "themes": [], "figures": [],
                     "worldDate": {"date": "%s", "precision": "DAY"},
                     "source": {"title": "T", "publisher": "P", "locator": "1"}}""".formatted(session, party, date));
            assertThat(answer.statusCode()).as(date + " -> " + answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("worldDate");
            assertThat(eventCount()).isEqualTo(before);
            var due = api.post("/api/items/pledges", """
                    {"sessionId": "%s", "pledgedBy": "%s", "title": "Far away", "themes": [], "figures": [],
                     "due": {"date": "%s", "precision": "DAY"}, "worldDate": {"date": "2022-01-10", "precision": "DAY"},
                     "source": {"title": "T", "publisher": "P", "locator": "1", "publishedOn": "2022-01-10"}}""".formatted(session, party, date));
            assertThat(due.statusCode()).as(date + " -> " + due.body()).isEqualTo(400);
            assertThat(due.body()).contains("due");
        }
        var edge = api.post("/api/items/pledges", """
                {"sessionId": "%s", "pledgedBy": "%s", "title": "Edge", "themes": [], "figures": [],
                 "due": {"date": "2200-12-31", "precision": "DAY"}, "worldDate": {"date": "1800-01-01", "precision": "DAY"},
                 "source": {"title": "T", "publisher": "P", "locator": "1"}}""".formatted(session, party));
        assertThat(edge.statusCode()).as(edge.body()).isEqualTo(201);
    }
}
