package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.StoredEvents;
import org.junit.jupiter.api.Test;

/** A command replayed with the same Idempotency-Key answers as before and writes nothing new. */
class IdempotencyTest extends IntegrationTest {

    @Test
    void replayedCreationReturnsTheOriginalAnswer() {
        Register register = new Register(api);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10");

        HttpResponse<String> first = api.post("/api/items/pledges", body, key);
        long afterFirst = eventCount();
        HttpResponse<String> replay = api.post("/api/items/pledges", body, key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(replay.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    void replayedStatusChangeIsAppliedOnce() {
        Register register = new Register(api);
        String item = Register.created(api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> response = api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"), key);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        }
        assertThat(StoredEvents.of(jdbc, item)).hasSize(2);
    }

    @Test
    void aKeyReusedForADifferentCommandIsRefused() {
        Register register = new Register(api);
        String item = Register.created(api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"), key).statusCode()).isEqualTo(200);
        HttpResponse<String> reused = api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("FULFILLED"), key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(StoredEvents.of(jdbc, item)).hasSize(2);
    }
}
