package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The item was raised again at a later session. */
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
        String quote)
        implements ItemEvent {
    /** Without a Russian summary or a quoted passage (events stored before they existed load with neither). */
    public FollowUpRaised(
            String itemId,
            String sessionId,
            String raisedBy,
            String person,
            FollowUpStance stance,
            String note,
            WorldDate worldDate,
            Source source) {
        this(itemId, sessionId, raisedBy, person, stance, note, worldDate, source, null, null);
    }
}
