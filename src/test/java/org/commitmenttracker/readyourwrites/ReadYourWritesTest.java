package org.commitmenttracker.readyourwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;

/**
 * A command's answer names the stored position of its event, and a query that sends it back sees that write: it waits
 * for the read models, within a bound, and otherwise says they are behind.
 */
class ReadYourWritesTest extends IntegrationTest {

    private static final String POSITION = "Tracker-Position";

    @Test
    void everyWriteIsVisibleToTheNextReadThatCarriesItsPosition() {
        Register register = new Register(api);
        // A test context closed just before (claims released) leaves the processors re-claiming for a few
        // seconds; this test is about a running register, so it starts from one that is caught up.
        Projections.awaitCaughtUp(api);
        for (int i = 0; i < 25; i++) {
            HttpResponse<String> recorded =
                    api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10"));
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
            String id = Json.read(recorded.body()).get("id").asString();
            String position = recorded.headers().firstValue(POSITION).orElseThrow();
            assertThat(Long.parseLong(position))
                    .as("the position is the event's global index in the store")
                    .isEqualTo(jdbc.sql("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?")
                            .param(id)
                            .query(Long.class)
                            .single());

            HttpResponse<String> read = get("/api/items/" + id, position);
            assertThat(read.statusCode())
                    .as("read %d right after its write: %s", i, read.body())
                    .isEqualTo(200);
        }
    }

    @Test
    void aReplayedAnswerCarriesThePositionToo() {
        Register register = new Register(api);
        String key = UUID.randomUUID().toString();
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10");
        HttpResponse<String> first = api.post("/api/items/pledges", body, Map.of("Idempotency-Key", key));
        HttpResponse<String> replay = api.post("/api/items/pledges", body, Map.of("Idempotency-Key", key));
        assertThat(replay.headers().firstValue(POSITION))
                .isPresent()
                .isEqualTo(first.headers().firstValue(POSITION));
    }

    @Test
    void aPositionTheReadModelsDoNotReachInTimeIsA503NotCaughtUp() {
        long beyond = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                        .query(Long.class)
                        .single()
                + 1_000_000;
        HttpResponse<String> answer = get("/api/items", String.valueOf(beyond));
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(Json.read(answer.body()).get("type").asString()).endsWith("/not-caught-up");
    }

    @Test
    void aPositionThatIsNoNumberIsRefusedByName() {
        HttpResponse<String> answer = get("/api/items", "soon");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains(POSITION);
    }

    private HttpResponse<String> get(String path, String position) {
        return api.send(HttpRequest.newBuilder(URI.create(api.base() + path))
                .header(POSITION, position)
                .GET()
                .build());
    }
}
