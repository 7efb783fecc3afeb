package org.commitmenttracker.item;

/** How one item relates to another; the relation is recorded on the item it starts from. */
public enum LinkRelation {
    /** This proposal was adopted as the target decision. */
    ADOPTED_AS,
    /** This pledge or decision implements the target decision. */
    IMPLEMENTS,
    /** This item replaces the target item of the same kind. */
    SUPERSEDES,
    /** This item mentions or follows from the target. */
    REFERS_TO,
    /**
     * This item and the target give conflicting accounts (two figures for the same thing, say). Both are kept, each
     * with its own source; the link is symmetric in meaning, so both item pages show it.
     */
    CONFLICTS_WITH
}
