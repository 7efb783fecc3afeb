package org.commitmenttracker.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * How pages write recording instants (in UTC, to the minute or second, whatever the server's zone) and world dates (an
 * upper bound in words of the page's language: "on or before 2022-01-10", «не позднее 2022-01-10»).
 */
public final class Formats {

    private static final MessageSource MESSAGES = messages();

    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SECOND =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    public String instant(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    /** A world date as the source states it; an upper bound is written out, never passed off as a day. */
    public String worldDate(WorldDate date) {
        if (date == null) {
            return "";
        }
        if (date.precision() != DatePrecision.ON_OR_BEFORE) {
            return date.toString();
        }
        return MESSAGES.getMessage(
                "date.onOrBefore",
                new Object[] {date.date().toString()},
                "on or before " + date.date(),
                LocaleContextHolder.getLocale());
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    public String precise(Instant instant) {
        return instant == null ? "" : SECOND.format(instant);
    }
}
