package org.commitmenttracker.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a receiver checks: hex HMAC-SHA256, keyed with the secret's UTF-8 bytes, of {@code timestamp + "." +
 * body}. The timestamp (Unix seconds, sent in its own header) is signed too, so a receiver can refuse an old delivery
 * replayed by someone who captured it.
 */
public final class Signature {

    public static final String ID_HEADER = "Tracker-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Tracker-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Tracker-Webhook-Signature";
    public static final String EVENT_HEADER = "Tracker-Webhook-Event";

    private Signature() {}

    /** The header value: {@code sha256=<hex>}. */
    public static String of(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signed = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
