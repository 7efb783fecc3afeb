package org.commitmenttracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens. The token itself is shown once, at creation; only its SHA-256 digest is stored, which is enough
 * because tokens are long random values, not guessable passwords. Every token expires (after the configured lifetime,
 * or sooner if asked) and can be revoked by its owner or an admin; disabling an account revokes all of its tokens.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** last_used_at is written at most this often per token, so reading with a token stays a read. */
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Duration lifetime;

    ApiTokens(JdbcClient jdbc, TrackerSecurityProperties properties) {
        this.jdbc = jdbc;
        this.lifetime = properties.tokens().lifetime();
    }

    /** The longest lifetime a token may have. */
    Duration lifetime() {
        return lifetime;
    }

    /** @param lifetime how long the token works: the configured lifetime or shorter */
    IssuedToken issue(String username, String name, Duration lifetime) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        Instant expiresAt = jdbc.sql("""
                        INSERT INTO api_token (id, username, name, token_sha256, expires_at)
                        VALUES (?, ?, ?, ?, now() + ? * INTERVAL '1 second') RETURNING expires_at""")
                .params(id, username, name, sha256(token), lifetime.toSeconds())
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .single();
        return new IssuedToken(id, name, token, expiresAt);
    }

    /**
     * The account owning a valid, unexpired, unrevoked token, if that account is enabled: token and account in one
     * query (issue #17: the HTTP read path paid a round trip for each). Nothing is cached, so a revoked token, a
     * disabled account or a changed role counts from the very next request.
     */
    Optional<Accounts.Account> ownerOf(String token) {
        var valid = jdbc.sql("""
                        SELECT t.id, t.last_used_at, u.username, u.password_hash, u.role, u.enabled, u.security_stamp
                        FROM api_token t JOIN app_user u ON u.username = t.username
                        WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled""")
                .param(sha256(token))
                .query((rs, row) -> new Use(
                        rs.getObject("id", UUID.class), instant(rs.getTimestamp("last_used_at")), Accounts.read(rs, 3)))
                .optional();
        valid.filter(use -> use.lastUsedAt() == null
                        || use.lastUsedAt().isBefore(Instant.now().minus(LAST_USED_PRECISION)))
                .ifPresent(use -> jdbc.sql("UPDATE api_token SET last_used_at = now() WHERE id = ?")
                        .param(use.id())
                        .update());
        return valid.map(Use::account);
    }

    List<TokenInfo> of(String username) {
        return jdbc.sql("""
                        SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
                        WHERE username = ? ORDER BY created_at, id""").param(username).query(ApiTokens::info).list();
    }

    boolean revoke(String username, UUID id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND username = ? AND revoked_at IS NULL")
                        .params(id, username)
                        .update()
                == 1;
    }

    private static TokenInfo info(ResultSet rs, int row) throws SQLException {
        return new TokenInfo(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                instant(rs.getTimestamp("created_at")),
                instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")),
                instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    private record Use(UUID id, Instant lastUsedAt, Accounts.Account account) {}

    record IssuedToken(UUID id, String name, String token, Instant expiresAt) {}

    /** What the owner and admins may see of a token: never the token or its digest. */
    record TokenInfo(
            UUID id, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {}
}
