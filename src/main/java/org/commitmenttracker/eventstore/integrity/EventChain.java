package org.commitmenttracker.eventstore.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The chain hash of db/V31, computed independently in Java, so a verification does not trust functions stored in the
 * database it is checking. Each field is length-prefixed (-1 for null) so that no two different rows can produce the
 * same input.
 */
final class EventChain {

    static final byte[] GENESIS = new byte[32];
    private static final byte[] NULL_FIELD = {-1, -1, -1, -1};

    private EventChain() {}

    static byte[] link(byte[] previous, StoredEvent event) {
        MessageDigest sha = sha256();
        sha.update(previous);
        field(sha, text(event.aggregate()));
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(event.sequence()).array());
        field(sha, text(event.eventId()));
        field(sha, text(event.timeStamp()));
        field(sha, text(event.type()));
        field(sha, text(event.payloadType()));
        field(sha, text(event.payloadRevision()));
        field(sha, event.payload());
        field(sha, event.metaData());
        return sha.digest();
    }

    private static void field(MessageDigest sha, byte[] value) {
        if (value == null) {
            sha.update(NULL_FIELD);
            return;
        }
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(value.length).array());
        sha.update(value);
    }

    private static byte[] text(String value) {
        return value == null ? null : value.getBytes(StandardCharsets.UTF_8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
