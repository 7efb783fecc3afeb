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
        /** One chunk was done; more may be pending. */
        PROGRESSED,
        /** Pending, but the processor is still replaying. */
        WAITING
    }

    /** Does one chunk of the pending work, if the replay has passed its reset position; its own transaction. */
    Step step();
}
