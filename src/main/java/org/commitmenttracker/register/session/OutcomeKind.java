package org.commitmenttracker.register.session;

/** What a session report counts: "17 documents were signed", "2 sent back for revision". */
public enum OutcomeKind {
    PRESENTED,
    ADOPTED,
    SIGNED,
    RETURNED_FOR_REVISION,
    WITHDRAWN,
    POSTPONED
}
