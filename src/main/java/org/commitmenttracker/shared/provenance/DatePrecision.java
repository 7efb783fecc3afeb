package org.commitmenttracker.shared.provenance;

/**
 * How much of a world date the source actually states: "in June 2021" is a month. ON_OR_BEFORE is a bound, not a
 * precision of the day: a document mentions an earlier act without its date, so all that is known is that it happened
 * on or before the given day (docs/dates.md says how as-of and overdue treat it).
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR,
    ON_OR_BEFORE
}
