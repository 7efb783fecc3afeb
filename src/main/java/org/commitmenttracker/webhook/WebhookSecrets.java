package org.commitmenttracker.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals webhook signing secrets for the database: AES-256-GCM under a key from the configuration
 * ({@code tracker.webhooks.secret-key}), with the webhook's id as associated data, so a database reader (a read-only
 * role, a backup) can neither sign deliveries nor move one webhook's sealed secret onto another. The secret itself must
 * stay recoverable, because every delivery is signed with it: a digest, as for API tokens, could not sign.
 */
final class WebhookSecrets {

    /** Marks the format, so a later key or cipher can be told apart from this one. */
    private static final String PREFIX = "v1:";

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @param key the AES key: 32 bytes, base64 in the configuration */
    WebhookSecrets(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException(
                    "tracker.webhooks.secret-key must be 32 bytes, base64-encoded (openssl rand -base64 32)");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    static WebhookSecrets fromBase64(String key) {
        try {
            return new WebhookSecrets(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "tracker.webhooks.secret-key must be 32 bytes, base64-encoded (openssl rand -base64 32)", e);
        }
    }

    String seal(UUID webhook, String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, webhook, iv, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = ByteBuffer.allocate(iv.length + sealed.length)
                .put(iv)
                .put(sealed)
                .array();
        return PREFIX + Base64.getEncoder().encodeToString(stored);
    }

    /** Fails if the text was sealed under another key or for another webhook. */
    String open(UUID webhook, String sealed) {
        if (!sealed.startsWith(PREFIX)) {
            throw new IllegalStateException("Webhook " + webhook + ": its secret is not in a sealed form known here");
        }
        byte[] stored = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        byte[] iv = java.util.Arrays.copyOf(stored, IV_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(stored, IV_BYTES, stored.length);
        return new String(cipher(Cipher.DECRYPT_MODE, webhook, iv, body), StandardCharsets.UTF_8);
    }

    private byte[] cipher(int mode, UUID webhook, byte[] iv, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(webhook.toString().getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "Webhook " + webhook + ": its secret cannot be opened with tracker.webhooks.secret-key"
                            + " (another key, or another webhook's secret)",
                    e);
        }
    }
}
