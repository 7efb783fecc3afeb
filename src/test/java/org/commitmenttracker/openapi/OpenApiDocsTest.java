package org.commitmenttracker.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The read API is described at /v3/api-docs, with its parameters, and browsable at /swagger-ui.html. */
class OpenApiDocsTest extends IntegrationTest {

    @Test
    void describesEveryReadEndpointWithItsParameters() {
        HttpResponse<String> response = api.get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode paths = Json.read(response.body()).get("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/items",
                        "/api/items/{itemId}",
                        "/api/items/{itemId}/history",
                        "/api/sessions",
                        "/api/sessions/{sessionId}",
                        "/api/scorecard",
                        "/api/parties/{code}/scorecard",
                        "/api/dashboard",
                        "/api/audit",
                        "/api/exports/items",
                        "/api/exports/sessions/{sessionId}",
                        "/api/exports/scorecard",
                        "/api/admin/projections",
                        "/api/admin/projections/rebuild");
        assertThat(Json.texts(paths.get("/api/items").get("get").get("parameters"), "name"))
                .contains(
                        "kind",
                        "status",
                        "open",
                        "overdue",
                        "party",
                        "body",
                        "session",
                        "theme",
                        "from",
                        "to",
                        "q",
                        "page",
                        "size",
                        "sort",
                        "direction",
                        "asOf",
                        "knownAt");
    }

    @Test
    void servesSwaggerUi() {
        HttpResponse<String> response = api.get("/swagger-ui/index.html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("swagger-ui");
        assertThat(api.get("/swagger-ui.html").statusCode()).isIn(200, 302);
    }
}
