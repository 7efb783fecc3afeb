package org.commitmenttracker.eventstore.projection;

/**
 * Work a projection leaves undone while its processor replays, because done per batch it would be repeated for every
 * batch (a table derived from the projection's own rows), and does once the replay has passed its reset position. A
 * {@link Rebuild} reports itself finished only when this work is done too.
 */
public interface DeferredDuringReplay {

    enum Step {
        /** Nothing is pending. */
        DONE,
        /** One chunk was done, or workers are doing it; more may be pending. */
        PROGRESSED,
        /** Pending, but the processor is still replaying. */
        WAITING
    }

    /**
     * Advances the pending work, if the replay has passed its reset position: does one chunk of it in its own
     * transaction, or sets workers of its own going (then PROGRESSED says only that work is pending).
     */
    Step step();
}
