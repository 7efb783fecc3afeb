package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A party took a position on the item; sessionId is null when it did so between sessions. */
@Revision("1")
public record PositionTaken(
        String itemId,
        String party,
        PartyPosition position,
        String sessionId,
        String reason,
        WorldDate worldDate,
        Source source)
        implements ItemEvent {}
