package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** One party's compliance with the item was scored for one period. */
@Revision("1")
public record PartyAssessed(
        String itemId,
        String party,
        AssessmentPeriod period,
        Compliance score,
        String note,
        WorldDate worldDate,
        Source source)
        implements ItemEvent {}
