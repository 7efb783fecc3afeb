package org.commitmenttracker.item;

import java.util.Map;
import java.util.Optional;

public enum ItemKind {
    DECISION,
    PROPOSAL,
    PLEDGE,
    /** A stated position: on record, asks nothing, never open (see {@link RecordStatement}). */
    STATEMENT;

    private static final Map<String, ItemKind> OPENING_EVENTS = Map.of(
            "DecisionAdopted", DECISION, "ProposalMade", PROPOSAL, "PledgeGiven", PLEDGE, "StatementMade", STATEMENT);

    /** The kind an item was recorded as, from the simple name of its first event. */
    public static Optional<ItemKind> openedBy(String firstEvent) {
        return Optional.ofNullable(OPENING_EVENTS.get(firstEvent));
    }
}
