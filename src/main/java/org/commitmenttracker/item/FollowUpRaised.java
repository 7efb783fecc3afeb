package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The item was raised again at a later session, or on an occasion between sessions (then sessionId is null). */
@Revision("1")
public record FollowUpRaised(
        String itemId,
        String sessionId,
        String raisedBy,
        String person,
        FollowUpStance stance,
        String note,
        WorldDate worldDate,
        Source source,
        String summaryRu,
        String quote,
        Occasion occasion,
        String personRu)
        implements ItemEvent {}
