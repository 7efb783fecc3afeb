package org.commitmenttracker.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/** Waits for the read models by polling the projection status endpoint, never by sleeping a fixed time. */
public final class Projections {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Projections() {}

    /** Returns once every processor has passed the newest stored event; fails after a minute. */
    public static void awaitCaughtUp(Api api) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> status = api.get("/api/admin/projections");
            last = status.body();
            JsonNode overview = Json.read(status.body());
            if (status.statusCode() == 200 && overview.get("caughtUp").asBoolean()) {
                return;
            }
            pause();
        }
        throw new AssertionError("Read models did not catch up within " + TIMEOUT + ": " + last);
    }

    static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
