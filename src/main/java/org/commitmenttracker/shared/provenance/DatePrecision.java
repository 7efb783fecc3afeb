package org.commitmenttracker.shared.provenance;

/** How much of a world date the source actually states: "in June 2021" is a month. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
