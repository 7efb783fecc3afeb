package org.commitmenttracker.recording.form;

/** How a form field is entered and how its text becomes JSON for the command. */
public enum FieldType {
    TEXT,
    TEXTAREA,
    NUMBER,
    SELECT,
    /** Comma-separated entries, sent as a JSON array. */
    LIST,
    /** One object per line, columns separated by "|", sent as an array of objects. */
    ROWS,
    /** A date in any precision plus a precision select, sent as {date, precision}. */
    WORLD_DATE,
    /** A plain calendar date (yyyy-mm-dd). */
    DATE
}
