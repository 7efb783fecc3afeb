package org.commitmenttracker.register.session;

/** The facts of a recorded session that a correction may replace. */
public enum SessionField {
    TITLE,
    /** The day the session was held, written 2022-11-23, 2022-11, 2022 or [..2022-11-23]. */
    WORLD_DATE,
    PLACE,
    /** The place as Russian pages show it. */
    PLACE_RU,
    /** REGULAR or EXTRAORDINARY. */
    KIND,
    /** IN_PERSON or VIDEO. */
    FORMAT,
    /** The chairing party's code. */
    CHAIR,
    /** The whole list of participants, given in {@code participants} instead of {@code value}. */
    PARTICIPANTS
}
