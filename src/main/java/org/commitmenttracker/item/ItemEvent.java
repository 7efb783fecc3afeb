package org.commitmenttracker.item;

import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** Everything that can happen to an item; each fact says when it happened and where it is written. */
public sealed interface ItemEvent
        permits DecisionAdopted,
                ProposalMade,
                PledgeGiven,
                StatementMade,
                StatusChanged,
                FollowUpRaised,
                PartyAssessed,
                ItemLinked,
                EntryCorrected,
                EvidenceAttached,
                PositionTaken {

    String itemId();

    WorldDate worldDate();

    Source source();
}
