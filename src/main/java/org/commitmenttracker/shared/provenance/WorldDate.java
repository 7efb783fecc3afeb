package org.commitmenttracker.shared.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * When something happened in the world, as precisely as the source says. A month- or year-precise date is stored as its
 * first day, so that ranges and ordering stay plain date comparisons. An upper bound ("on or before 10 Jan 2022",
 * {@link DatePrecision#ON_OR_BEFORE}) is stored as its bound: the first day on which the fact is certain.
 */
public record WorldDate(
        @NotNull @RegisterDates.InRange LocalDate date,
        @NotNull DatePrecision precision) {

    public WorldDate {
        if (date != null && precision == DatePrecision.MONTH) {
            date = date.withDayOfMonth(1);
        } else if (date != null && precision == DatePrecision.YEAR) {
            date = date.withDayOfYear(1);
        }
    }

    /**
     * Reads JSON such as {"date": "2022-01", "precision": "MONTH"}. The date may be written in any of the forms
     * {@link #parse} reads; without a precision the form decides it. With ON_OR_BEFORE a month or a year bounds at its
     * last day: "on or before 2022-01" is on or before 31 January 2022.
     */
    @JsonCreator
    static WorldDate fromJson(@JsonProperty("date") String date, @JsonProperty("precision") DatePrecision precision) {
        if (date == null) {
            return new WorldDate(null, precision);
        }
        WorldDate parsed;
        try {
            parsed = parse(date);
        } catch (DateTimeException | NumberFormatException e) {
            throw new IllegalArgumentException("must be a date written 2022-01-10, 2022-01, 2022 or [..2022-01-10]");
        }
        if (precision == DatePrecision.ON_OR_BEFORE) {
            return onOrBefore(parsed.latestDay());
        }
        return precision == null ? parsed : new WorldDate(parsed.date(), precision);
    }

    public static WorldDate day(LocalDate date) {
        return new WorldDate(date, DatePrecision.DAY);
    }

    /** A fact known only to have happened on or before this day. */
    public static WorldDate onOrBefore(LocalDate bound) {
        return new WorldDate(bound, DatePrecision.ON_OR_BEFORE);
    }

    /** The last day this date could mean; an item is overdue only once this day has passed. */
    public LocalDate latestDay() {
        return switch (precision) {
            case DAY, ON_OR_BEFORE -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /**
     * Reads "2022-01-10", "2022-01", "2022" or "[..2022-01-10]" (on or before that day, the set notation of ISO
     * 8601-2/EDTF), the forms {@link #toString()} writes.
     */
    public static WorldDate parse(String text) {
        String value = text.strip();
        if (value.startsWith("[..") && value.endsWith("]")) {
            return onOrBefore(parse(value.substring(3, value.length() - 1)).latestDay());
        }
        return switch (value.length()) {
            case 4 -> new WorldDate(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
            case 7 -> new WorldDate(LocalDate.parse(value + "-01"), DatePrecision.MONTH);
            default -> day(LocalDate.parse(value));
        };
    }

    @Override
    public String toString() {
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> String.valueOf(date.getYear());
            case ON_OR_BEFORE -> "[.." + date + "]";
        };
    }
}
