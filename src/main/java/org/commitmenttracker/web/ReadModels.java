package org.commitmenttracker.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.BooleanSupplier;

/**
 * Projections run a few milliseconds behind the event store. A monitor who just recorded a fact is sent to its page,
 * which must show it, not the state before it: pages wait here, briefly, until the read model has what the event store
 * has.
 */
public final class ReadModels {

    /** Beyond any world date, so that a fact dated in the future still counts as projected. */
    public static final LocalDate EVERY_DATE = LocalDate.of(9999, 12, 31);

    private static final Duration PATIENCE = Duration.ofSeconds(3);

    private ReadModels() {}

    /** True once {@code caughtUp} holds; false if it still does not after a few seconds. */
    public static boolean await(BooleanSupplier caughtUp) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!caughtUp.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
