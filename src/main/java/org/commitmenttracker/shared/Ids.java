package org.commitmenttracker.shared;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Sessions and items are identified by UUIDs; seeds derive theirs from seed keys so reloads match. */
public final class Ids {

    public static final String PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    public static final String MESSAGE = "must be a lower-case UUID";

    private Ids() {}

    /**
     * A new id for a fact. With an Idempotency-Key the id is derived from it, so that a retry builds the very same
     * command and is recognised as a replay.
     */
    public static String newId(String idempotencyKey) {
        return idempotencyKey == null
                ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("idempotency:" + idempotencyKey).getBytes(StandardCharsets.UTF_8))
                        .toString();
    }

    /** The id of a seed record, stable across loads so that loading twice adds nothing. */
    public static String fromSeedKey(String kind, String key) {
        return UUID.nameUUIDFromBytes(("seed:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}
