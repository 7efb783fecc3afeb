package org.commitmenttracker.item.query;

import java.util.List;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.Figure;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The recording events brought to one shape, so the projection writes an opening once. */
record ItemOpening(
        String itemId,
        ItemKind kind,
        String sessionId,
        String documentType,
        String category,
        Integer listPosition,
        String implementsDecision,
        List<Figure> figures,
        Source source,
        WorldDate worldDate,
        ItemStatement statement,
        String summaryRu,
        String quote) {

    static ItemOpening of(DecisionAdopted e) {
        return new ItemOpening(
                e.itemId(),
                ItemKind.DECISION,
                e.sessionId(),
                e.documentType(),
                null,
                e.listPosition(),
                null,
                e.figures(),
                e.source(),
                e.worldDate(),
                new ItemStatement(
                        e.adoptedBy(),
                        null,
                        null,
                        e.title(),
                        e.titleOriginal(),
                        e.text(),
                        e.themes(),
                        e.binds(),
                        e.due()),
                e.summaryRu(),
                e.quote());
    }

    static ItemOpening of(ProposalMade e) {
        return new ItemOpening(
                e.itemId(),
                ItemKind.PROPOSAL,
                e.sessionId(),
                null,
                e.category(),
                null,
                null,
                e.figures(),
                e.source(),
                e.worldDate(),
                new ItemStatement(
                        e.onBehalfOf(),
                        e.person(),
                        e.personRu(),
                        e.title(),
                        null,
                        e.text(),
                        e.themes(),
                        List.of(),
                        null),
                e.summaryRu(),
                e.quote());
    }

    static ItemOpening of(StatementMade e) {
        return new ItemOpening(
                e.itemId(),
                ItemKind.STATEMENT,
                e.sessionId(),
                null,
                null,
                null,
                null,
                e.figures(),
                e.source(),
                e.worldDate(),
                new ItemStatement(
                        e.onBehalfOf(),
                        e.person(),
                        e.personRu(),
                        e.title(),
                        null,
                        e.text(),
                        e.themes(),
                        List.of(),
                        null),
                e.summaryRu(),
                e.quote());
    }

    static ItemOpening of(PledgeGiven e) {
        return new ItemOpening(
                e.itemId(),
                ItemKind.PLEDGE,
                e.sessionId(),
                null,
                e.category(),
                null,
                e.implementsDecision(),
                e.figures(),
                e.source(),
                e.worldDate(),
                new ItemStatement(
                        e.pledgedBy(),
                        e.person(),
                        e.personRu(),
                        e.title(),
                        null,
                        e.text(),
                        e.themes(),
                        List.of(),
                        e.due()),
                e.summaryRu(),
                e.quote());
    }
}
