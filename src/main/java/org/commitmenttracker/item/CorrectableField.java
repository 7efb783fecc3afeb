package org.commitmenttracker.item;

/** The statements a correction may replace. WORLD_DATE applies to the event it names. */
public enum CorrectableField {
    TITLE,
    TITLE_ORIGINAL,
    TEXT,
    THEMES,
    DUE,
    WORLD_DATE,
    ACTOR,
    PERSON,
    BINDS,
    /** The person's name in Russian; a PERSON correction leaves it as it was. */
    PERSON_RU
}
