package org.commitmenttracker.shared.refusal;

/** An Idempotency-Key sent again with a different command; answered as 422, never replayed. */
public class KeyReused extends RuntimeException {

    public KeyReused(String key) {
        super("Idempotency-Key " + key + " was already used for a different request");
    }
}
