package org.commitmenttracker.shared.time;

import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "What was the status on date asOf, as the register stood at instant knownAt?" Bound from the query parameters of
 * every read endpoint; absent values mean today and now.
 */
public record TimeAxes(
        @Parameter(
                description =
                        "World date (yyyy-mm-dd): the answer is the status as it stood on that date. Default: today (UTC).")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate asOf,

        @Parameter(
                description =
                        "Recording instant (ISO 8601, e.g. 2024-05-01T12:00:00Z): the answer is what the register said then. Default: now.")
        Instant knownAt) {

    private static final Clock CLOCK = Clock.systemUTC();

    public TimeAxes {
        Instant now = CLOCK.instant();
        asOf = asOf == null ? LocalDate.ofInstant(now, ZoneOffset.UTC) : asOf;
        knownAt = knownAt == null ? now : knownAt;
    }

    public static TimeAxes now() {
        return new TimeAxes(null, null);
    }

    public TimeAxes onDate(LocalDate date) {
        return new TimeAxes(date, knownAt);
    }

    /** The JDBC driver binds OffsetDateTime to timestamptz, but not Instant. */
    public OffsetDateTime knownAtParameter() {
        return knownAt.atOffset(ZoneOffset.UTC);
    }
}
