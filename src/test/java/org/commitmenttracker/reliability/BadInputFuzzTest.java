package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, bad input: seeded generated requests to every command endpoint. No answer may be a 5xx; every refusal is
 * problem+json without a stack trace and appends nothing; every acceptance appends exactly one event.
 */
class BadInputFuzzTest extends IntegrationTest {

    private static final long SEED = 20261122L;
    private static final int BODIES_PER_ENDPOINT = 140;

    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final Map<BadInputs.Kind, Integer> sentByKind = new EnumMap<>(BadInputs.Kind.class);
    private int sent;
    private int accepted;

    @Test
    void noBadInputGetsA5xxOrLeavesAnEventBehind() {
        Scene scene = Scene.record(api);
        List<CommandEndpoints.Endpoint> endpoints = CommandEndpoints.all(scene, scene.decision(), scene.proposal());
        BadInputs inputs = new BadInputs(SEED);
        for (CommandEndpoints.Endpoint endpoint : endpoints) {
            Answer valid = post(endpoint.path(), endpoint.validBody().get(), Map.of());
            // The bad bodies differ from an accepted one in one place only, so that place is what is refused.
            assertThat(valid.response().statusCode())
                    .as(endpoint.path() + " " + valid.response().body())
                    .isBetween(200, 201);
            check(endpoint.path(), "valid body", valid);
            for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                BadInputs.BadBody bad =
                        inputs.next(Scene.JSON.readTree(endpoint.validBody().get()));
                sentByKind.merge(bad.kind(), 1, Integer::sum);
                check(
                        endpoint.path(),
                        bad.kind() + " " + bad.description(),
                        post(endpoint.path(), bad.body(), Map.of()));
            }
            for (Map.Entry<String, Map<String, String>> headers :
                    BadHeaders.forEndpoint(endpoint.acceptsIfMatch()).entrySet()) {
                check(
                        endpoint.path(),
                        headers.getKey(),
                        post(endpoint.path(), endpoint.validBody().get(), headers.getValue()));
            }
        }
        for (String path : BadHeaders.badItemPaths()) {
            check(path, "bad item id in path", post(path, scene.followUp("fuzz"), Map.of()));
        }
        System.out.printf(
                "RELIABILITY bad input: seed=%d, requests sent=%d, by kind=%s, answers=%s, accepted=%d "
                        + "(each appended exactly one event), refused=%d (events appended: 0), 5xx=%d, failures=%d%n",
                SEED,
                sent,
                sentByKind,
                statuses,
                accepted,
                sent - accepted,
                statuses.entrySet().stream()
                        .filter(e -> e.getKey() >= 500)
                        .mapToInt(Map.Entry::getValue)
                        .sum(),
                failures.size());
        assertThat(failures).isEmpty();
    }

    private Answer post(String path, String body, Map<String, String> headers) {
        long before = eventCount();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response = api.send(request.build());
        return new Answer(response, eventCount() - before);
    }

    record Answer(HttpResponse<String> response, long eventsAppended) {}

    private void check(String path, String description, Answer answer) {
        sent++;
        int status = answer.response().statusCode();
        statuses.merge(status, 1, Integer::sum);
        String body = answer.response().body();
        String what = path + " [" + description + "] -> " + status + " " + BadInputs.abbreviate(body);
        if (status >= 500) {
            failures.add("5xx: " + what);
        } else if (status >= 400) {
            String type = answer.response().headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                failures.add("not problem+json (" + type + "): " + what);
            }
            if (body.contains("Exception") || body.contains("at org.") || body.contains("at java.")) {
                failures.add("leaks internals: " + what);
            }
            if (answer.eventsAppended() != 0) {
                failures.add("refused but appended " + answer.eventsAppended() + " events: " + what);
            }
        } else {
            accepted++;
            if (answer.eventsAppended() != 1) {
                failures.add("accepted but appended " + answer.eventsAppended() + " events: " + what);
            }
        }
    }
}
