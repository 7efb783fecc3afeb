package org.commitmenttracker.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document parses with a real OpenAPI parser, every command endpoint has a typed request body with its
 * required fields and an example, and the examples, posted in order, record a session and its items: what a client
 * generated from the document would do.
 */
class OpenApiSpecTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Command endpoints, in an order in which their examples can be recorded, with fields each must require. */
    private static final Map<String, List<String>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("/api/parties", List.of("code", "name", "kind"));
        COMMANDS.put("/api/bodies", List.of("code", "name"));
        COMMANDS.put("/api/sessions", List.of("body", "worldDate", "place", "kind", "format", "source"));
        COMMANDS.put("/api/items/decisions", List.of("adoptedBy", "documentType", "worldDate", "source"));
        COMMANDS.put("/api/items/proposals", List.of("onBehalfOf", "title", "worldDate", "source"));
        COMMANDS.put("/api/items/pledges", List.of("pledgedBy", "title", "worldDate", "source"));
        COMMANDS.put("/api/items/{itemId}/status-changes", List.of("to", "worldDate", "source"));
        // A follow-up names a session or an occasion between sessions: neither is required on its own.
        COMMANDS.put("/api/items/{itemId}/follow-ups", List.of("raisedBy", "stance", "worldDate", "source"));
        COMMANDS.put("/api/items/{itemId}/evidence", List.of("bearing", "worldDate", "source"));
        COMMANDS.put("/api/items/{itemId}/positions", List.of("party", "position", "worldDate", "source"));
        COMMANDS.put("/api/sessions/{sessionId}/outcomes", List.of("outcome", "count", "source"));
        COMMANDS.put("/api/items/{itemId}/assessments", List.of("party", "period", "score", "worldDate", "source"));
        COMMANDS.put("/api/items/{itemId}/links", List.of("relation", "target", "worldDate", "source"));
        COMMANDS.put("/api/items/{itemId}/corrections", List.of("field", "value", "reason", "worldDate", "source"));
        COMMANDS.put("/api/assessment-tables", List.of("period", "worldDate", "source"));
        COMMANDS.put("/api/sessions/{sessionId}/corrections", List.of("field", "reason", "source"));
        COMMANDS.put("/api/parties/{code}/corrections", List.of("field", "value", "reason", "source"));
        COMMANDS.put("/api/bodies/{code}/corrections", List.of("field", "value", "reason", "source"));
    }

    private String spec() {
        HttpResponse<String> response = api.get("/v3/api-docs");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void everyCommandHasATypedRequestSchemaThatAParserAccepts() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(spec(), null, options);
        assertThat(parsed.getMessages()).as("parser messages").isEmpty();
        OpenAPI openApi = parsed.getOpenAPI();
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        COMMANDS.forEach((path, required) -> {
            Operation post = openApi.getPaths().get(path).getPost();
            assertThat(post).as(path).isNotNull();
            var media = post.getRequestBody().getContent().get("application/json");
            assertThat(media).as(path + " takes JSON").isNotNull();
            assertThat(media.getExample()).as(path + " has an example").isNotNull();
            Schema<?> schema = schemas.get(media.getSchema().get$ref().replace("#/components/schemas/", ""));
            assertThat(schema).as(path + " request schema").isNotNull();
            assertThat(schema.getRequired()).as(path + " required fields").containsAll(required);
            assertThat(schema.getProperties()).as(path).doesNotContainKeys("expectedVersion");
            List<String> headers = post.getParameters().stream()
                    .filter(parameter -> "header".equals(parameter.getIn()))
                    .map(Parameter::getName)
                    .toList();
            assertThat(headers).as(path).contains("Idempotency-Key");
            for (String id : List.of("itemId", "sessionId")) {
                if (path.contains("{" + id + "}")) {
                    assertThat(headers).as(path).contains("If-Match");
                    assertThat(schema.getProperties())
                            .as(path + ": the id is in the path")
                            .doesNotContainKey(id);
                }
            }
        });
        Schema<?> pledge = schemas.get("RecordPledge");
        assertThat(pledge.getProperties()).containsKey("itemId");
        assertThat(pledge.getRequired()).doesNotContain("itemId");
        Schema<?> score = (Schema<?>) schemas.get("AssessParty").getProperties().get("score");
        if (score.get$ref() != null) {
            score = schemas.get(score.get$ref().replace("#/components/schemas/", ""));
        }
        assertThat(score.getEnum()).asString().contains("+1", "n/a");
    }

    private static String example(JsonNode paths, String path, Map<String, String> fresh) {
        String example = JSON.writeValueAsString(paths.get(path)
                .get("post")
                .get("requestBody")
                .get("content")
                .get("application/json")
                .get("example"));
        for (var replacement : fresh.entrySet()) {
            example = example.replace(replacement.getKey(), replacement.getValue());
        }
        return example;
    }

    private void post(String path, String example) {
        HttpResponse<String> answer = api.post(path, example);
        assertThat(answer.statusCode())
                .as(path + " " + example + " -> " + answer.body())
                .isIn(200, 201);
    }

    @Test
    void theExamplesRecordASessionAndItsItems() {
        JsonNode paths = Json.read(spec()).get("paths");
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Map<String, String> fresh = new LinkedHashMap<>();
        fresh.put("\"CSTO-CSC\"", "\"CSC-" + suffix + "\"");
        fresh.put("\"ARM\"", "\"ARM-" + suffix + "\"");
        fresh.put("ARM,BLR,KAZ", "ARM-" + suffix);
        fresh.put(",+1,0,n/a", ",+1");
        for (String id : List.of(
                "7d2f1c3a-0b1e-4c5d-9a8b-1f2e3d4c5b6a",
                "2a6e9c14-5b7d-4e3f-8a1b-9c0d1e2f3a4b",
                "9b1d3f5a-7c2e-4a6b-8d0f-1e3a5c7b9d2f",
                "5c8f0e2b-3d4a-4b6c-9e7f-0a1b2c3d4e5f",
                "3e5a7c9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b")) {
            fresh.put(id, UUID.randomUUID().toString());
        }
        String decision = fresh.get("2a6e9c14-5b7d-4e3f-8a1b-9c0d1e2f3a4b");
        COMMANDS.keySet().forEach(path -> {
            if (path.endsWith("/follow-ups")) {
                // A follow-up is raised at a later session: the session example again, held in November.
                post(
                        "/api/sessions",
                        example(paths, "/api/sessions", fresh)
                                .replace(
                                        fresh.get("7d2f1c3a-0b1e-4c5d-9a8b-1f2e3d4c5b6a"),
                                        fresh.get("3e5a7c9b-1d2f-4a6c-8e0b-2d4f6a8c0e1b"))
                                .replace("\"2022-01-10\"}", "\"2022-11-23\"}"));
            }
            post(
                    path.replace("{itemId}", decision)
                            .replace("{sessionId}", fresh.get("7d2f1c3a-0b1e-4c5d-9a8b-1f2e3d4c5b6a"))
                            .replace("/api/parties/{code}", "/api/parties/ARM-" + suffix)
                            .replace("/api/bodies/{code}", "/api/bodies/CSC-" + suffix),
                    example(paths, path, fresh));
        });
    }
}
