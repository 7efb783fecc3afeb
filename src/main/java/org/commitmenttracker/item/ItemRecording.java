package org.commitmenttracker.item;

import java.util.List;

/** Turns the three recording commands into their opening events, copying lists so events stay immutable. */
final class ItemRecording {

    private ItemRecording() {}

    static DecisionAdopted decisionAdopted(RecordDecision c) {
        return new DecisionAdopted(
                c.itemId(),
                c.sessionId(),
                c.adoptedBy(),
                c.documentType(),
                c.titleOriginal(),
                c.title(),
                c.text(),
                c.listPosition(),
                List.copyOf(c.themes()),
                List.copyOf(c.binds()),
                c.due(),
                List.copyOf(c.figures()),
                c.worldDate(),
                c.source(),
                c.summaryRu(),
                c.quote());
    }

    static ProposalMade proposalMade(RecordProposal c) {
        return new ProposalMade(
                c.itemId(),
                c.sessionId(),
                c.onBehalfOf(),
                c.person(),
                c.category(),
                c.title(),
                c.text(),
                List.copyOf(c.themes()),
                List.copyOf(c.figures()),
                c.worldDate(),
                c.source(),
                c.summaryRu(),
                c.quote(),
                c.personRu());
    }

    static PledgeGiven pledgeGiven(RecordPledge c) {
        return new PledgeGiven(
                c.itemId(),
                c.sessionId(),
                c.pledgedBy(),
                c.person(),
                c.category(),
                c.title(),
                c.text(),
                List.copyOf(c.themes()),
                c.due(),
                c.implementsDecision(),
                List.copyOf(c.figures()),
                c.worldDate(),
                c.source(),
                c.summaryRu(),
                c.quote(),
                c.personRu());
    }

    static StatementMade statementMade(RecordStatement c) {
        return new StatementMade(
                c.itemId(),
                c.sessionId(),
                c.onBehalfOf(),
                c.person(),
                c.title(),
                c.text(),
                List.copyOf(c.themes()),
                List.copyOf(c.figures()),
                c.worldDate(),
                c.source(),
                c.summaryRu(),
                c.quote(),
                c.personRu());
    }
}
