package org.commitmenttracker.item.query;

import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;

/** The statements an item's recording event makes, the starting point for replaying its corrections. */
final class ItemStatementFold {

    private ItemStatementFold() {}

    static ItemStatement opening(ItemEvent recording) {
        return switch (recording) {
            case DecisionAdopted e -> ItemOpening.of(e).statement();
            case ProposalMade e -> ItemOpening.of(e).statement();
            case PledgeGiven e -> ItemOpening.of(e).statement();
            case StatementMade e -> ItemOpening.of(e).statement();
            default -> throw new IllegalStateException("An item's first event is its recording, not " + recording);
        };
    }
}
