package org.commitmenttracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A bad query parameter is a 400 problem+json that names it, never a 500 or a stack trace. */
class ParameterProblemsTest extends IntegrationTest {

    private void assertNamesParameter(String path, String parameter) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Json.read(response.body());
        assertThat(Json.texts(problem.get("errors"), "field"))
                .as(response.body())
                .containsExactly(parameter);
        assertThat(response.body()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void timeAxesMustBeReadable() {
        assertNamesParameter("/api/items?asOf=yesterday", "asOf");
        assertNamesParameter("/api/items?asOf=2022-13-01", "asOf");
        assertNamesParameter("/api/dashboard?knownAt=noon", "knownAt");
        assertNamesParameter("/api/sessions?knownAt=2022-01-01", "knownAt");
        assertNamesParameter("/api/scorecard?asOf=2022/01/01", "asOf");
    }

    @Test
    void filtersAndPagingMustBeValid() {
        assertNamesParameter("/api/items?kind=TREATY", "kind");
        assertNamesParameter("/api/items?size=0", "size");
        assertNamesParameter("/api/items?page=-1", "page");
        assertNamesParameter("/api/items?open=maybe", "open");
        assertNamesParameter("/api/items?sort=RELEVANCE", "sort");
        assertNamesParameter("/api/items?from=2022-02-01&to=2022-01-01", "from");
        assertNamesParameter("/api/scorecard?period=ANNUAL", "period");
        assertNamesParameter("/api/dashboard?top=0", "top");
        assertNamesParameter("/api/dashboard?top=many", "top");
        assertNamesParameter("/api/sessions?from=last-week", "from");
        assertNamesParameter("/api/audit?from=2024-01-02T00:00:00Z&to=2024-01-01T00:00:00Z", "from");
        assertNamesParameter("/api/exports/items?format=xml", "format");
    }

    /** The item list, a session view, the scorecard and the audit log check paging with one rule (PageSlice). */
    @Test
    void everyPagedReadRefusesBadPagingNamingTheParameter() {
        for (String path : List.of("/api/items", "/api/sessions/no-such-session", "/api/scorecard", "/api/audit")) {
            assertNamesParameter(path + "?page=-1", "page");
            assertNamesParameter(path + "?size=0", "size");
            assertNamesParameter(path + "?size=501", "size");
        }
    }

    @Test
    void theDocumentedDefaultsNeedNoParameters() {
        JsonNode page = Json.read(api.get("/api/items").body());
        assertThat(page.get("asOf").asString()).isNotBlank();
        assertThat(page.get("size").asInt()).isEqualTo(20);
    }
}
