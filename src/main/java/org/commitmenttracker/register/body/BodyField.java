package org.commitmenttracker.register.body;

/** The facts of a registered body that a correction may replace; its code never changes, its members are dated. */
public enum BodyField {
    NAME,
    NAME_RU,
    /** The code of the registered party (an organisation) the body belongs to. */
    ORGANISATION
}
