package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.RawHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Walks every operation of the OpenAPI description (/v3/api-docs) and every parameter it declares (query and path) and
 * every field of its JSON request body (nested objects included), and sends each one hostile values: broken
 * percent-encoding, NUL, dates past year 999,999,999, numbers past any integer type, overlong strings, wrong types and
 * Unicode oddities. Every answer must be a 4xx problem+json (or a 2xx for a value that happens to be harmless), never a
 * 5xx, and carry the security headers. Requests go over a plain socket, so the bytes reach the server as written.
 *
 * <p>Accounts: /api/me/** runs as a throwaway user, and account changes target another, so the admin the other tests
 * sign in as is never touched.
 */
class OpenApiFuzzTest extends IntegrationTest {

    /** Written into the query string or path as they are: already percent-encoded where meant. */
    private static final List<String> PARAMETER_VALUES = List.of(
            "%zz",
            "a%00b",
            "%2B1000000000-01-01",
            "0000-01-01",
            "%2B999999999-12-31T00:00:00Z",
            "99999999999999999999999",
            "a".repeat(3000),
            "true",
            "%EF%BF%BE%ED%A0%80",
            "%E2%80%AE%F0%9F%98%80");

    /** JSON values for body fields. */
    private static final List<String> BODY_VALUES = List.of(
            "\"a\\u0000b\"",
            "\"+1000000000-01-01\"",
            "\"0000-01-01\"",
            "1e400",
            "99999999999999999999999",
            "true",
            "[]",
            "{}",
            "\"" + "a".repeat(20_000) + "\"",
            "\"\\uFFFE\"",
            "\"\\uD800\\u202E\"");
    /** Requests in flight at once: the server answers them concurrently, which keeps the walk short. */
    private static final int PARALLEL = 4;

    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private final List<Runnable> requests = new ArrayList<>();
    private int sent;

    /** Signed in with an API token: HTTP Basic would spend a bcrypt check on every one of the requests. */
    private record Caller(String username, String password, String authorization) {}

    @Test
    void everyParameterOfEveryEndpointRefusesHostileValuesWithout5xx() {
        long started = System.nanoTime();
        Scene scene = Scene.record(api);
        String item = scene.decision();
        Caller admin = withToken(ADMIN, ADMIN_PASSWORD);
        Caller self = account("fuzz-self");
        Caller target = account("fuzz-target");
        Map<String, String> pathValues = Map.of(
                "itemId",
                item,
                "sessionId",
                UUID.randomUUID().toString(),
                "code",
                "RUS",
                "username",
                target.username(),
                "id",
                "1");

        JsonNode docs = Scene.JSON.readTree(api.get("/v3/api-docs").body());
        JsonNode schemas = docs.path("components").path("schemas");
        int operations = 0;
        int parameters = 0;
        int fields = 0;
        for (var path : docs.get("paths").properties()) {
            for (var operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                String template = path.getKey();
                Caller caller = template.startsWith("/api/me") ? self : admin;
                operations++;
                String plain = fill(template, pathValues, null, null);
                send(caller, method, plain + "?x=%zz", null, method + " " + template + " ?x=%zz");
                for (JsonNode parameter : operation.getValue().path("parameters")) {
                    String name = parameter.get("name").asString();
                    String in = parameter.get("in").asString();
                    if (!in.equals("query") && !in.equals("path")) {
                        continue;
                    }
                    parameters++;
                    for (String value : PARAMETER_VALUES) {
                        String url = in.equals("path")
                                ? fill(template, pathValues, name, value)
                                : plain + "?" + name + "=" + value;
                        send(
                                caller,
                                method,
                                url,
                                null,
                                method + " " + template + " " + in + " " + name + "=" + abbreviate(value));
                    }
                }
                JsonNode body = operation
                        .getValue()
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema");
                if (!body.isMissingNode()) {
                    for (List<String> field : fields(body, schemas, 0)) {
                        fields++;
                        for (String value : BODY_VALUES) {
                            send(
                                    caller,
                                    method,
                                    plain,
                                    nest(field, value),
                                    method + " " + template + " body " + String.join(".", field) + "="
                                            + abbreviate(value));
                        }
                    }
                }
            }
        }
        sendAll();
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.printf(
                "RELIABILITY OpenAPI fuzz: operations=%d, parameters=%d, body fields=%d, requests sent=%d, "
                        + "answers=%s, 5xx=%d, failures=%d, seconds=%d%n",
                operations,
                parameters,
                fields,
                sent,
                statuses,
                statuses.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue)
                        .sum(),
                failures.size(),
                seconds);
        assertThat(operations).as("operations described").isGreaterThan(30);
        assertThat(failures).isEmpty();
    }

    /**
     * bcrypt reads only the first 72 bytes of a password while the policy allowed 200: such a password must be refused
     * (4xx), not fail in the encoder (500). Both password endpoints.
     */
    @Test
    void passwordsLongerThanBcryptReadsAreRefused() {
        Caller self = account("fuzz-password");
        for (int bytes : List.of(73, 100, 200)) {
            String password = "p".repeat(bytes);
            RawHttp.Answer change = RawHttp.send(
                    port,
                    "PUT",
                    "/api/me/password",
                    self.username(),
                    self.password(),
                    "{\"currentPassword\": \"" + self.password() + "\", \"password\": \"" + password + "\"}");
            assertThat(change.status()).as(bytes + " bytes: " + change).isBetween(400, 499);
            RawHttp.Answer create = RawHttp.send(
                    port,
                    "POST",
                    "/api/admin/users",
                    ADMIN,
                    ADMIN_PASSWORD,
                    "{\"username\": \"long-" + bytes + "-"
                            + UUID.randomUUID().toString().substring(0, 6) + "\", \"password\": \"" + password
                            + "\", \"role\": \"VIEWER\"}");
            assertThat(create.status()).as(bytes + " bytes: " + create).isBetween(400, 499);
        }
    }

    private Caller account(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "fuzz-password-" + UUID.randomUUID();
        var created = api.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "role": "ADMIN"}""".formatted(name, password));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return withToken(name, password);
    }

    private Caller withToken(String name, String password) {
        var issued = anonymous.as(name, password).post("/api/me/tokens", "{\"name\": \"fuzz\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return new Caller(
                name,
                password,
                "Bearer " + Scene.JSON.readTree(issued.body()).get("token").asString());
    }

    private void send(Caller caller, String method, String target, String json, String description) {
        requests.add(
                () -> check(RawHttp.sendAuthorized(port, method, target, caller.authorization(), json), description));
    }

    private void sendAll() {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(PARALLEL);
        try {
            for (var future : pool.invokeAll(requests.stream()
                    .map(java.util.concurrent.Executors::callable)
                    .toList())) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private synchronized void check(RawHttp.Answer answer, String description) {
        sent++;
        statuses.merge(answer.status(), 1, Integer::sum);
        String problem = null;
        if (answer.status() >= 500) {
            problem = "answered " + answer.status();
        } else if (answer.status() >= 400
                && !answer.header("Content-Type").orElse("").startsWith("application/problem+json")) {
            problem = answer.status() + " is not problem+json: "
                    + answer.header("Content-Type").orElse("no Content-Type");
        } else if (answer.body().contains("Exception") || answer.body().contains("\tat org.")) {
            problem = "the answer shows internals";
        } else if (answer.header("Content-Security-Policy").isEmpty()
                || answer.header("X-Content-Type-Options").isEmpty()) {
            problem = answer.status() + " lacks the security headers";
        }
        if (problem != null && failures.size() < 200) {
            failures.add(description + ": " + problem + " " + abbreviate(answer.body()));
        }
    }

    /**
     * The template with every path variable filled: the fuzzed one with the hostile value, the others with real ones.
     */
    private static String fill(String template, Map<String, String> values, String fuzzed, String value) {
        String url = template;
        int open;
        while ((open = url.indexOf('{')) >= 0) {
            int close = url.indexOf('}', open);
            String name = url.substring(open + 1, close);
            String replacement = name.equals(fuzzed) ? value : values.getOrDefault(name, "x");
            url = url.substring(0, open) + replacement + url.substring(close + 1);
        }
        return url;
    }

    /** The paths of the body's fields, following $ref into nested objects and array items (two levels deep). */
    private static List<List<String>> fields(JsonNode schema, JsonNode schemas, int depth) {
        JsonNode resolved = resolve(schema, schemas);
        List<List<String>> paths = new ArrayList<>();
        for (var property : resolved.path("properties").properties()) {
            paths.add(List.of(property.getKey()));
            JsonNode inner = resolve(property.getValue(), schemas);
            if (depth < 2 && inner.has("properties")) {
                for (List<String> nested : fields(inner, schemas, depth + 1)) {
                    List<String> path = new ArrayList<>();
                    path.add(property.getKey());
                    path.addAll(nested);
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
        String ref = schema.path("$ref").asString("");
        return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
    }

    private static String nest(List<String> path, String value) {
        String json = value;
        for (int i = path.size() - 1; i >= 0; i--) {
            json = "{" + Scene.JSON.writeValueAsString(path.get(i)) + ": " + json + "}";
        }
        return json;
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 40) + "…(" + text.length() + " chars)";
    }
}
