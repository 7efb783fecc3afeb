package org.commitmenttracker.shared.provenance;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * When something happened in the world, as precisely as the source says. A month- or year-precise date is stored as its
 * first day, so that ranges and ordering stay plain date comparisons.
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
     * Reads JSON such as {"date": "2022-01", "precision": "MONTH"}. The date may be written in any of the three forms;
     * without a precision the form decides it.
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
            throw new IllegalArgumentException("must be a date written 2022-01-10, 2022-01 or 2022");
        }
        return precision == null ? parsed : new WorldDate(parsed.date(), precision);
    }

    public static WorldDate day(LocalDate date) {
        return new WorldDate(date, DatePrecision.DAY);
    }

    /** The last day this date could mean; an item is overdue only once this day has passed. */
    public LocalDate latestDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** Reads "2022-01-10", "2022-01" or "2022", the forms {@link #toString()} writes. */
    public static WorldDate parse(String text) {
        String value = text.strip();
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
        };
    }
}
