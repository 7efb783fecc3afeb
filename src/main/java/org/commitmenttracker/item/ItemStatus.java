package org.commitmenttracker.item;

/** Statuses of all three kinds; {@link Lifecycle} says which belong to which kind and how they move. */
public enum ItemStatus {
    PROPOSED,
    /** A draft put on a session's agenda: still open, it may be adopted, returned, withdrawn or left to lapse. */
    TABLED,
    UNDER_CONSIDERATION,
    /** A draft sent back for revision at a session: still open, it may be adopted at a later one. */
    RETURNED_FOR_REVISION,
    REJECTED,
    WITHDRAWN,
    LAPSED,
    ADOPTED,
    IN_IMPLEMENTATION,
    STALLED,
    IMPLEMENTED,
    SUPERSEDED,
    EXPIRED,
    MADE,
    IN_PROGRESS,
    FULFILLED,
    PARTIALLY_FULFILLED,
    BROKEN,
    /** The only status of a stated position: on record, nothing left to happen, so never open. */
    STATED
}
