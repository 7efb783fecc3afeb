package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The item moved from one status to another; the world date is when it did. */
@Revision("1")
public record StatusChanged(
        String itemId,
        ItemStatus from,
        ItemStatus to,
        String note,
        WorldDate worldDate,
        Source source,
        String summaryRu,
        String quote)
        implements ItemEvent {
    /**
     * Without a Russian summary or a quoted passage: a shorthand for code that records neither. Stored events load
     * through the canonical constructor, with missing fields as null.
     */
    public StatusChanged(
            String itemId, ItemStatus from, ItemStatus to, String note, WorldDate worldDate, Source source) {
        this(itemId, from, to, note, worldDate, source, null, null);
    }
}
