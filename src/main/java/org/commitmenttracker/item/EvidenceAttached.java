package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A document was found that supports or contradicts the item's status; {@code status} is the status it was weighed
 * against, so the evidence keeps its meaning after the status moves on.
 */
@Revision("1")
public record EvidenceAttached(
        String itemId, EvidenceBearing bearing, ItemStatus status, String note, WorldDate worldDate, Source source)
        implements ItemEvent {}
