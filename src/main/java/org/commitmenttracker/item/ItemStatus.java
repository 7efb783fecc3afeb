package org.commitmenttracker.item;

/** Statuses of all three kinds; {@link Lifecycle} says which belong to which kind and how they move. */
public enum ItemStatus {
    PROPOSED,
    UNDER_CONSIDERATION,
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
    BROKEN
}
