package org.commitmenttracker.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A command as it arrived over HTTP, with the version the client saw (If-Match). The fingerprint is taken over the
 * command itself, so a retry that reuses a key for a different command is told so instead of silently replayed.
 */
public record CommandRequest(Object command, String idempotencyKey, Long expectedVersion) {

    public CommandRequest(Object command, String idempotencyKey) {
        this(command, idempotencyKey, null);
    }

    String fingerprint() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((command.getClass().getName() + command).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
