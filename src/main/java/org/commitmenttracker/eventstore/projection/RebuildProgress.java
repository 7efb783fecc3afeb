package org.commitmenttracker.eventstore.projection;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * A rebuild as the progress endpoint reports it. {@code headAtStart} is the newest event when the rebuild began: once
 * every processor has passed it, the read models hold everything they held before.
 */
public record RebuildProgress(
        State state,
        Instant startedAt,
        Instant finishedAt,
        long eventsTotal,
        long eventsDone,
        BigDecimal eventsPerSecond,
        long headAtStart,
        boolean processorsRetrying) {

    public enum State {
        IDLE,
        RUNNING,
        DONE
    }

    static RebuildProgress idle() {
        return new RebuildProgress(State.IDLE, null, null, 0, 0, BigDecimal.ZERO, 0, false);
    }

    static RebuildProgress running(Instant startedAt, long total, long head) {
        return new RebuildProgress(State.RUNNING, startedAt, null, total, 0, BigDecimal.ZERO, head, false);
    }

    /**
     * {@code finished}: every processor has passed the newest event and the work deferred during the replay is done. A
     * processor in error keeps retrying with back-off, so the rebuild stays running and says so.
     */
    RebuildProgress observed(long done, Instant now, boolean finished, boolean retrying) {
        long millis = Math.max(1, Duration.between(startedAt, now).toMillis());
        long shown = Math.min(done, eventsTotal);
        BigDecimal rate = BigDecimal.valueOf(shown * 1000L).divide(BigDecimal.valueOf(millis), 1, RoundingMode.HALF_UP);
        return new RebuildProgress(
                finished ? State.DONE : State.RUNNING,
                startedAt,
                finished ? now : null,
                eventsTotal,
                finished ? eventsTotal : shown,
                rate,
                headAtStart,
                retrying);
    }
}
