package org.commitmenttracker.watch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal feed tokens. Only the feed endpoints look them up, so a feed token gives nothing but its owner's feeds; it
 * is kept as a SHA-256 digest, like an API token, and works until revoked or its account is disabled.
 */
@Component
public class FeedTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    FeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record IssuedFeedToken(UUID id, String name, String token) {}

    public record FeedTokenInfo(UUID id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {}

    public IssuedFeedToken issue(String username, String name) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidField("name", "must be 1 to 100 characters");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "cf_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO feed_token (id, username, name, token_sha256) VALUES (?, ?, ?, ?)")
                .params(id, username, name.strip(), sha256(token))
                .update();
        return new IssuedFeedToken(id, name.strip(), token);
    }

    public List<FeedTokenInfo> of(String username) {
        return jdbc.sql("SELECT * FROM feed_token WHERE username = ? ORDER BY created_at, id")
                .param(username)
                .query((rs, n) -> new FeedTokenInfo(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        instant(rs.getObject("last_used_at", OffsetDateTime.class)),
                        instant(rs.getObject("revoked_at", OffsetDateTime.class))))
                .list();
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }

    public boolean revoke(String username, UUID id) {
        return jdbc.sql("UPDATE feed_token SET revoked_at = now() WHERE username = ? AND id = ? AND revoked_at IS NULL")
                        .params(username, id)
                        .update()
                > 0;
    }

    /** The owner of a live token whose account is enabled. */
    public Optional<String> ownerOf(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        // Finding the owner marks the token used: the token page shows it, so a stale reader can be told apart.
        return jdbc.sql("""
                        UPDATE feed_token t SET last_used_at = now() FROM app_user u
                        WHERE u.username = t.username AND t.token_sha256 = ? AND t.revoked_at IS NULL AND u.enabled
                        RETURNING t.username""").param(sha256(token.strip())).query(String.class).optional();
    }

    private static String sha256(String token) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
