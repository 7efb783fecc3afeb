package org.commitmenttracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens. The token itself is shown once, at creation; only its SHA-256 digest is
 * stored, which is enough because tokens are long random values, not guessable passwords.
 */
@Component
class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    IssuedToken issue(String username, String name) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = "ct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO api_token (id, username, name, token_sha256) VALUES (?, ?, ?, ?)")
                .params(id, username, name, sha256(token))
                .update();
        return new IssuedToken(id, name, token);
    }

    /** The owner of a valid, unrevoked token whose account is enabled. */
    Optional<String> ownerOf(String token) {
        return jdbc.sql("""
                        SELECT t.username FROM api_token t JOIN app_user u ON u.username = t.username
                        WHERE t.token_sha256 = ? AND t.revoked_at IS NULL AND u.enabled""")
                .param(sha256(token))
                .query(String.class)
                .optional();
    }

    List<TokenInfo> of(String username) {
        return jdbc.sql("SELECT id, name, created_at, revoked_at FROM api_token WHERE username = ? ORDER BY created_at")
                .param(username)
                .query((rs, row) -> new TokenInfo(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    boolean revoke(String username, UUID id) {
        return jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND username = ? AND revoked_at IS NULL")
                .params(id, username)
                .update() == 1;
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }

    record IssuedToken(UUID id, String name, String token) {
    }

    record TokenInfo(UUID id, String name, Instant createdAt, Instant revokedAt) {
    }
}
