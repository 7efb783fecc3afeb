package org.commitmenttracker.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How pages write recording instants: in UTC, to the minute or second, whatever the server's zone. */
public final class Formats {

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String precise(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }
}
