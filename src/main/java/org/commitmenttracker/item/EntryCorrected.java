package org.commitmenttracker.item;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** An earlier statement was replaced; the corrected event itself is never touched. */
@Revision("1")
public record EntryCorrected(
        String itemId,
        long correctsVersion,
        CorrectableField field,
        String value,
        String reason,
        WorldDate worldDate,
        Source source) implements ItemEvent {
}
