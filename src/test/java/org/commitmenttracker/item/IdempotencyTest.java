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
        assertThat(replay.headers().firstValue("Location"))
                .isEqualTo(first.headers().firstValue("Location"));
        assertThat(replay.headers().firstValue("ETag"))
                .isEqualTo(first.headers().firstValue("ETag"));
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    void replayedStatusChangeIsAppliedOnce() {
        Register register = new Register(api);
        String item = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        for (int attempt = 0; attempt < 3; attempt++) {
            HttpResponse<String> response =
                    api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"), key);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("ETag")).hasValue("\"1\"");
        }
        assertThat(StoredEvents.of(jdbc, item)).hasSize(2);
    }

    @Test
    void aKeyReusedForADifferentCommandIsRefused() {
        Register register = new Register(api);
        String item = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"), key)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> reused =
                api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("FULFILLED"), key);
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(StoredEvents.of(jdbc, item)).hasSize(2);
    }

    @Test
    void anotherUsersKeyNeitherReplaysNorRevealsTheAnswer() {
        Register register = new Register(api);
        Map<String, String> key = Map.of("Idempotency-Key", UUID.randomUUID().toString());
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10");
        HttpResponse<String> mine = api.post("/api/items/pledges", body, key);
        assertThat(mine.statusCode()).isEqualTo(201);

        String editor = "idem-editor-" + System.nanoTime();
        assertThat(api.post("/api/admin/users", """
                {"username": "%s", "password": "idempotent-pass-77", "role": "EDITOR"}""".formatted(editor)).statusCode())
                .isEqualTo(201);
        var other = anonymous.as(editor, "idempotent-pass-77");
        HttpResponse<String> same = other.post("/api/items/pledges", body, key);
        assertThat(same.headers().firstValue("Idempotent-Replayed"))
                .as("not someone else's answer")
                .isEmpty();
        assertThat(same.headers().firstValue("Location"))
                .isNotEqualTo(mine.headers().firstValue("Location"));

        String item = Register.created(mine);
        Map<String, String> otherKey =
                Map.of("Idempotency-Key", UUID.randomUUID().toString());
        assertThat(other.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"), otherKey)
                        .statusCode())
                .isEqualTo(200);
        HttpResponse<String> sameKeyOtherCommand =
                api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("FULFILLED"), otherKey);
        assertThat(sameKeyOtherCommand.statusCode())
                .as("the key's use by someone else is not revealed (no 422)")
                .isEqualTo(200);
        assertThat(api.post("/api/items/pledges", body, key).headers().firstValue("Idempotent-Replayed"))
                .as("own key still replays")
                .hasValue("true");
    }
}
