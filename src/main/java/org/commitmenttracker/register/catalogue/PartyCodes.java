package org.commitmenttracker.register.catalogue;

/**
 * Parties are addressed by short codes (ISO alpha-3 for states). The aggregate id is prefixed so a party and a body may
 * share a code without colliding in the event table.
 */
public final class PartyCodes {

    public static final String PATTERN = "[A-Z0-9][A-Z0-9-]{1,39}";
    public static final String MESSAGE = "must be an upper-case code such as RUS or CSTO-CSC";

    private PartyCodes() {}

    public static String aggregateId(String code) {
        return "party:" + code;
    }
}
