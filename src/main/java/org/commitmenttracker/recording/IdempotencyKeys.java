package org.commitmenttracker.recording;

import java.net.URI;
import java.util.Optional;
import org.commitmenttracker.eventstore.Recorder;
import org.commitmenttracker.shared.refusal.KeyReused;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Durable Idempotency-Key bookkeeping. Claiming inserts the key first: a retry racing the first attempt blocks on the
 * primary key until that attempt commits or rolls back, then either replays its answer or, if it rolled back, runs as
 * the first attempt. Keys are scoped to the recorder (the signed-in user): the same key from another user is a
 * different key, so it neither replays someone else's answer nor tells them the key was used. The key's form is checked
 * before, with the request ({@link CommandPreconditions}).
 */
@Component
class IdempotencyKeys {

    private final JdbcClient jdbc;
    private final Recorder recorder;

    IdempotencyKeys(JdbcClient jdbc, Recorder recorder) {
        this.jdbc = jdbc;
        this.recorder = recorder;
    }

    Optional<ResponseEntity<Recorded>> claim(String key, String fingerprint) {
        String owner = recorder.currentName();
        int inserted = jdbc.sql("""
                        INSERT INTO idempotency_key (recorded_by, idempotency_key, request_hash, status)
                        VALUES (?, ?, ?, 0) ON CONFLICT (recorded_by, idempotency_key) DO NOTHING""").params(owner, key, fingerprint).update();
        if (inserted == 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                        SELECT request_hash, status, location, etag, body_id, body_version FROM idempotency_key
                        WHERE recorded_by = ? AND idempotency_key = ?""")
                .params(owner, key)
                .query((rs, row) -> {
                    if (!rs.getString("request_hash").equals(fingerprint)) {
                        throw new KeyReused(key);
                    }
                    String location = rs.getString("location");
                    return ResponseEntity.status(rs.getInt("status"))
                            .location(location == null ? null : URI.create(location))
                            .eTag(rs.getString("etag"))
                            .header("Idempotent-Replayed", "true")
                            .body(new Recorded(rs.getString("body_id"), rs.getLong("body_version")));
                })
                .single());
    }

    void complete(String key, ResponseEntity<Recorded> answer) {
        URI location = answer.getHeaders().getLocation();
        jdbc.sql("""
                        UPDATE idempotency_key SET status = ?, location = ?, etag = ?, body_id = ?, body_version = ?
                        WHERE recorded_by = ? AND idempotency_key = ?""")
                .params(
                        answer.getStatusCode().value(),
                        location == null ? null : location.toString(),
                        answer.getHeaders().getETag(),
                        answer.getBody().id(),
                        answer.getBody().version(),
                        recorder.currentName(),
                        key)
                .update();
    }
}
