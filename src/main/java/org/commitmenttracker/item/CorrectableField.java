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
    BINDS
}
