package org.commitmenttracker.item;

/** What kind of occasion, other than a session, a statement about an item was made at. */
public enum OccasionKind {
    PRESS_STATEMENT,
    SPOKESPERSON_COMMENT,
    MINISTRY_REPORT,
    INTERVIEW,
    OTHER
}
