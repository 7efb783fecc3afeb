package org.commitmenttracker.register.party;

/** The facts of a registered party that a correction may replace; its code never changes. */
public enum PartyField {
    NAME,
    NAME_RU,
    /** STATE, ORGANISATION or BODY. */
    KIND
}
