package org.commitmenttracker.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.commitmenttracker.recording.ReadYourWrites;
import tools.jackson.databind.JsonNode;

/** Waits for the read models by polling the projection status endpoint, never by sleeping a fixed time. */
public final class Projections {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Projections() {}

    /**
     * Returns once every processor has applied every stored event it handles; fails after a minute.
     *
     * <p>The endpoint's {@code caughtUp} needs every segment's stored token past the newest event. A segment given none
     * of the new events stores its token only when Axon extends its claim, every five seconds, so waiting for that cost
     * up to five seconds a call with nothing left to apply (most of a random-history test's time). The same status
     * asked with the newest index as {@value ReadYourWrites#POSITION} answers as soon as every event up to it that some
     * segment handles is applied: the application's own read-your-writes wait (AppliedThroughTest).
     */
    public static void awaitCaughtUp(Api api) {
        await(
                api,
                overview -> overview.get("caughtUp").asBoolean()
                        || appliedThrough(api, overview.get("storedHead").asLong()));
    }

    /**
     * Returns once every segment's stored token is past the newest event, as the endpoint's {@code caughtUp} says; up
     * to five seconds after {@link #awaitCaughtUp}. For what reads the tokens' positions, such as the reconciliation,
     * which counts events only up to each processor's lowest token.
     */
    public static void awaitEveryTokenPastHead(Api api) {
        await(api, overview -> overview.get("caughtUp").asBoolean());
    }

    private static void await(Api api, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(TIMEOUT);
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> status = api.get("/api/admin/projections");
            last = status.body();
            if (status.statusCode() == 200 && done.test(Json.read(status.body()))) {
                return;
            }
            pause();
        }
        throw new AssertionError("Read models did not catch up within " + TIMEOUT + ": " + last);
    }

    /** Held by the application until {@code position} is applied; 503 when it is not within its maximum wait. */
    private static boolean appliedThrough(Api api, long position) {
        return api.getBytes("/api/admin/projections", Map.of(ReadYourWrites.POSITION, String.valueOf(position)))
                        .statusCode()
                == 200;
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
