package org.commitmenttracker.item;

import java.util.Map;
import java.util.Optional;

public enum ItemKind {
    DECISION,
    PROPOSAL,
    PLEDGE;

    private static final Map<String, ItemKind> OPENING_EVENTS =
            Map.of("DecisionAdopted", DECISION, "ProposalMade", PROPOSAL, "PledgeGiven", PLEDGE);

    /** The kind an item was recorded as, from the simple name of its first event. */
    public static Optional<ItemKind> openedBy(String firstEvent) {
        return Optional.ofNullable(OPENING_EVENTS.get(firstEvent));
    }
}
