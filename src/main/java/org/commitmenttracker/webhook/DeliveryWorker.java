package org.commitmenttracker.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.commitmenttracker.eventstore.NodeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries, on every node, off the recording path.
 *
 * <p>A worker claims due rows with {@code FOR UPDATE SKIP LOCKED} and a lease ({@code tracker.webhooks.lease}) in a
 * short transaction of its own, so two nodes never claim the same row, then POSTs each one outside any transaction with
 * a time limit. The outcome is written only if the row still carries this worker's claim count: a worker that outlived
 * its lease cannot overwrite the outcome of the node that took the row over. A worker that dies mid-delivery leaves its
 * rows claimed until the lease ends; any node then claims them again. The promise is therefore at least once: a POST
 * that reached the receiver but whose outcome was never written is sent again, with the same
 * {@code Tracker-Webhook-Id}. A delivered row is never claimed again (only an admin's redeliver queues it anew).
 */
@Component
class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private static final String CLAIM = """
            UPDATE webhook_delivery d
            SET claimed_by = ?, claimed_until = now() + make_interval(secs => ?),
                attempts = d.attempts + 1, round_attempts = d.round_attempts + 1
            FROM webhook_subscription s
            WHERE s.id = d.subscription_id AND d.id IN (
                SELECT due.id FROM webhook_delivery due JOIN webhook_subscription hook ON hook.id = due.subscription_id
                WHERE due.state = 'PENDING' AND due.next_attempt_at <= now() AND hook.enabled
                  AND (due.claimed_until IS NULL OR due.claimed_until < now())
                ORDER BY due.next_attempt_at LIMIT ?
                FOR UPDATE OF due SKIP LOCKED)
            RETURNING d.id, d.event_type, d.body, d.attempts, d.round_attempts, s.url, s.id AS hook, s.secret, s.secret_sealed""";

    private final JdbcClient jdbc;
    private final SealedSecrets secrets;
    private final WebhookProperties properties;
    private final String node;
    private final HttpClient http;
    private final Semaphore inFlight;
    private ScheduledExecutorService timer;
    private ExecutorService senders;

    DeliveryWorker(JdbcClient jdbc, WebhookProperties properties, NodeName node, SealedSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.properties = properties;
        this.node = node.value();
        this.inFlight = new Semaphore(properties.concurrency());
        // No redirects: a receiver cannot send the signed body on to an address the admin never registered.
        this.http = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    record Claimed(
            UUID id, String eventType, String body, int attempts, int roundAttempts, String url, String secret) {}

    @Override
    public void start() {
        senders = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("webhook-send-", 0).factory());
        timer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("webhook-poll").daemon().factory());
        long every = properties.pollInterval().toMillis();
        timer.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        timer.shutdownNow();
        // Sends in flight are abandoned; their leases expire and another node (or this one, restarted) sends again.
        senders.shutdownNow();
    }

    @Override
    public boolean isRunning() {
        return timer != null && !timer.isShutdown();
    }

    private void poll() {
        try {
            int free = inFlight.availablePermits();
            if (free == 0) {
                return;
            }
            for (Claimed claimed : claim(free)) {
                inFlight.acquireUninterruptibly();
                senders.execute(() -> {
                    try {
                        send(claimed);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } catch (RuntimeException e) {
            log.warn("Webhook deliveries not claimed this round: {}", e.getMessage());
        }
    }

    List<Claimed> claim(int limit) {
        return jdbc.sql(CLAIM)
                .params(node, properties.lease().toMillis() / 1000.0, limit)
                .query((rs, n) -> new Claimed(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_type"),
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getInt("round_attempts"),
                        rs.getString("url"),
                        secret(rs)))
                .list();
    }

    /** A secret registered before V216 is stored as issued until the start-up sealing reaches it. */
    private String secret(java.sql.ResultSet rs) throws java.sql.SQLException {
        String plain = rs.getString("secret");
        return plain != null ? plain : secrets.open(rs.getObject("hook", UUID.class), rs.getString("secret_sealed"));
    }

    private void send(Claimed claimed) {
        Instant started = Instant.now();
        long begun = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            long timestamp = Instant.now().getEpochSecond();
            HttpRequest request = HttpRequest.newBuilder(URI.create(claimed.url()))
                    .timeout(properties.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "CommitmentTracker-Webhooks")
                    .header(Signature.ID_HEADER, claimed.id().toString())
                    .header(Signature.EVENT_HEADER, claimed.eventType())
                    .header(Signature.TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(Signature.SIGNATURE_HEADER, Signature.of(claimed.secret(), timestamp, claimed.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(claimed.body()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status < 200 || status > 299) {
                error = "answered " + status;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (Exception e) {
            error = (e.getClass().getSimpleName() + ": " + (e.getMessage() == null ? "" : e.getMessage())).strip();
        }
        record(claimed, started, Duration.ofNanos(System.nanoTime() - begun), status, error);
    }

    private void record(Claimed claimed, Instant started, Duration took, Integer status, String error) {
        boolean delivered = error == null;
        boolean givenUp = !delivered && claimed.roundAttempts() >= properties.maxAttempts();
        String outcome = delivered ? "DELIVERED" : givenUp ? "GIVEN_UP" : "FAILED";
        try {
            jdbc.sql("""
                    WITH still_mine AS (
                        UPDATE webhook_delivery
                        SET state = ?, claimed_by = NULL, claimed_until = NULL,
                            next_attempt_at = now() + make_interval(secs => ?),
                            finished_at = CASE WHEN ? = 'PENDING' THEN NULL ELSE now() END
                        WHERE id = ? AND attempts = ? AND state = 'PENDING'
                        RETURNING id)
                    INSERT INTO webhook_attempt
                        (delivery_id, attempt, node_name, started_at, duration_ms, status_code, error, outcome)
                    SELECT id, ?, ?, ?, ?, ?, ?, ? FROM still_mine""")
                    .params(
                            delivered ? "DELIVERED" : givenUp ? "GIVEN_UP" : "PENDING",
                            delivered || givenUp
                                    ? 0
                                    : properties
                                                    .waitAfter(claimed.roundAttempts())
                                                    .toMillis()
                                            / 1000.0,
                            delivered ? "DELIVERED" : givenUp ? "GIVEN_UP" : "PENDING",
                            claimed.id(),
                            claimed.attempts(),
                            claimed.attempts(),
                            node,
                            started.atOffset(java.time.ZoneOffset.UTC),
                            took.toMillis(),
                            status,
                            error == null ? null : error.substring(0, Math.min(500, error.length())),
                            outcome)
                    .update();
        } catch (RuntimeException e) {
            // The lease runs out and the row is sent again: at least once, never silently dropped.
            log.warn(
                    "Outcome of webhook delivery {} not written ({}); it will be sent again",
                    claimed.id(),
                    e.getMessage());
        }
    }
}
