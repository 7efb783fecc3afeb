package org.commitmenttracker.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * Records the events of a test as if at an earlier instant: Axon stamps each event with the time of
 * {@link GenericEventMessage#clock}, and the read models take their recording instants from those stamps. A history
 * recorded in a test otherwise falls within one hour, and some read models bucket recording instants by the hour (the
 * rectangles' steps along recording instants, db/V284). Until {@link #close}, the clock runs from {@code start} at the
 * real clock's pace; instants asked meanwhile ({@link #instant}) are on the same shifted time. Close it before anything
 * else records: the tests share one register.
 */
public final class RecordingClock implements AutoCloseable {

    private final Clock clock;

    private RecordingClock(Clock clock) {
        this.clock = clock;
        GenericEventMessage.clock = clock;
    }

    /** Events recorded from now on are stamped from {@code start}, which must be in the past and after earlier ones. */
    public static RecordingClock from(Instant start) {
        return new RecordingClock(Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), start)));
    }

    /** Events recorded from now on are all stamped {@code at}, for facts recorded on an exact instant (an hour's). */
    public static RecordingClock at(Instant at) {
        return new RecordingClock(Clock.fixed(at, java.time.ZoneOffset.UTC));
    }

    /**
     * An instant on the shifted time strictly after every event recorded so far and before any recorded later: stored
     * timestamps have millisecond precision, so the next event is stamped at least a millisecond later.
     */
    public Instant instant() {
        Instant between = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return between;
    }

    @Override
    public void close() {
        GenericEventMessage.clock = Clock.systemUTC();
    }
}
