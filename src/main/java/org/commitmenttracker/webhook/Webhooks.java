package org.commitmenttracker.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registered webhooks and their delivery log. The secret is generated here and returned once, at registration; it is
 * kept sealed ({@link SealedSecrets}), not as a digest, because every delivery is signed with it.
 */
@Component
public class Webhooks {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_URL = 2000;

    private final JdbcClient jdbc;
    private final SealedSecrets secrets;

    Webhooks(JdbcClient jdbc, SealedSecrets secrets) {
        this.jdbc = jdbc;
        this.secrets = secrets;
    }

    public record Registered(
            UUID id, String url, List<String> eventKinds, String description, Instant createdAt, String secret) {}

    public record Webhook(
            UUID id,
            String url,
            List<String> eventKinds,
            String description,
            boolean enabled,
            String createdBy,
            Instant createdAt) {}

    public record Attempt(
            int attempt,
            String node,
            Instant startedAt,
            long durationMs,
            Integer statusCode,
            String error,
            String outcome) {}

    public record Delivery(
            UUID id,
            String eventId,
            String eventType,
            String state,
            int attempts,
            Instant nextAttemptAt,
            Instant createdAt,
            Instant finishedAt,
            List<Attempt> log) {}

    /** Refuses a URL that is not absolute http(s) with a host, and any kind outside the event catalogue. */
    public Registered register(String url, List<String> eventKinds, String description, String createdBy) {
        URI address = address(url);
        List<String> kinds = kinds(eventKinds);
        if (description != null && description.length() > 200) {
            throw new InvalidField("description", "must be at most 200 characters");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        UUID id = UUID.randomUUID();
        String text = description == null || description.isBlank() ? null : description.strip();
        Instant createdAt = jdbc.sql("""
                        INSERT INTO webhook_subscription (id, url, event_kinds, description, secret_sealed, created_by)
                        VALUES (?, ?, ?::text[], ?, ?, ?) RETURNING created_at""")
                .params(id, address.toString(), arrayLiteral(kinds), text, secrets.seal(id, secret), createdBy)
                .query(OffsetDateTime.class)
                .single()
                .toInstant();
        return new Registered(id, address.toString(), kinds, text, createdAt, secret);
    }

    public List<Webhook> all() {
        return jdbc.sql("SELECT * FROM webhook_subscription ORDER BY created_at, id")
                .query((rs, n) -> webhook(rs))
                .list();
    }

    public Webhook get(UUID id) {
        return jdbc.sql("SELECT * FROM webhook_subscription WHERE id = ?")
                .param(id)
                .query((rs, n) -> webhook(rs))
                .optional()
                .orElseThrow(() -> new NotRecorded("webhook", id.toString()));
    }

    /** A disabled webhook queues nothing and sends nothing; its pending deliveries wait until it is enabled. */
    public void enable(UUID id, boolean enabled) {
        if (jdbc.sql("UPDATE webhook_subscription SET enabled = ? WHERE id = ?")
                        .params(enabled, id)
                        .update()
                == 0) {
            throw new NotRecorded("webhook", id.toString());
        }
    }

    /** Deletes the webhook with its deliveries and their log. */
    public void delete(UUID id) {
        if (jdbc.sql("DELETE FROM webhook_subscription WHERE id = ?").param(id).update() == 0) {
            throw new NotRecorded("webhook", id.toString());
        }
    }

    /** The latest deliveries of a webhook, newest first, each with every attempt. */
    @Transactional(readOnly = true)
    public List<Delivery> deliveries(UUID webhook, int limit) {
        get(webhook);
        return jdbc
                .sql("""
                        SELECT * FROM webhook_delivery WHERE subscription_id = ?
                        ORDER BY created_at DESC, id LIMIT ?""")
                .params(webhook, Math.clamp(limit, 1, 500))
                .query((rs, n) -> new Delivery(
                        rs.getObject("id", UUID.class),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("state"),
                        rs.getInt("attempts"),
                        instant(rs, "next_attempt_at"),
                        instant(rs, "created_at"),
                        instant(rs, "finished_at"),
                        List.of()))
                .list()
                .stream()
                .map(delivery -> new Delivery(
                        delivery.id(),
                        delivery.eventId(),
                        delivery.eventType(),
                        delivery.state(),
                        delivery.attempts(),
                        delivery.nextAttemptAt(),
                        delivery.createdAt(),
                        delivery.finishedAt(),
                        log(delivery.id())))
                .toList();
    }

    /**
     * Queues a finished delivery (delivered or given up) again, with a fresh set of tries and the same delivery id. A
     * delivery still pending is left alone: it is already queued, perhaps in flight.
     */
    public boolean redeliver(UUID webhook, UUID delivery) {
        get(webhook);
        int queued = jdbc.sql("""
                        UPDATE webhook_delivery SET state = 'PENDING', round_attempts = 0, next_attempt_at = now(),
                            finished_at = NULL, claimed_by = NULL, claimed_until = NULL
                        WHERE id = ? AND subscription_id = ? AND state <> 'PENDING'""").params(delivery, webhook).update();
        if (queued == 0
                && jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE id = ? AND subscription_id = ?")
                                .params(delivery, webhook)
                                .query(Long.class)
                                .single()
                        == 0) {
            throw new NotRecorded("webhook delivery", delivery.toString());
        }
        return queued > 0;
    }

    private List<Attempt> log(UUID delivery) {
        return jdbc.sql("SELECT * FROM webhook_attempt WHERE delivery_id = ? ORDER BY id")
                .param(delivery)
                .query((rs, n) -> new Attempt(
                        rs.getInt("attempt"),
                        rs.getString("node_name"),
                        instant(rs, "started_at"),
                        rs.getLong("duration_ms"),
                        (Integer) rs.getObject("status_code"),
                        rs.getString("error"),
                        rs.getString("outcome")))
                .list();
    }

    private static URI address(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidField("url", "is required");
        }
        if (url.length() > MAX_URL || url.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
            throw new InvalidField(
                    "url", "must be at most " + MAX_URL + " printable ASCII characters (percent-encode the rest)");
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidField("url", "must be an http or https address");
            }
            if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw new InvalidField("url", "must name a host, without user information or fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidField("url", "is not a valid address: " + e.getReason());
        }
    }

    private static List<String> kinds(List<String> eventKinds) {
        if (eventKinds == null || eventKinds.isEmpty()) {
            throw new InvalidField("eventKinds", "must name at least one event kind of: " + EventKinds.ALL);
        }
        for (int i = 0; i < eventKinds.size(); i++) {
            String kind = eventKinds.get(i);
            if (kind == null || !EventKinds.ALL.contains(kind)) {
                throw new InvalidField("eventKinds[" + i + "]", "is not an event kind; use one of " + EventKinds.ALL);
            }
        }
        return List.copyOf(new LinkedHashSet<>(eventKinds));
    }

    private static String arrayLiteral(List<String> kinds) {
        // Kinds are simple Java class names (checked above), so they need no quoting.
        return "{" + String.join(",", kinds) + "}";
    }

    private static Webhook webhook(ResultSet rs) throws SQLException {
        Array kinds = rs.getArray("event_kinds");
        return new Webhook(
                rs.getObject("id", UUID.class),
                rs.getString("url"),
                Arrays.asList((String[]) kinds.getArray()),
                rs.getString("description"),
                rs.getBoolean("enabled"),
                rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
