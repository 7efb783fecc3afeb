package org.commitmenttracker.item.query;

import java.time.Instant;
import java.util.List;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * One event of an item's history, in words. {@code effectiveWorldDate} is the world date after the corrections known at
 * the time asked; {@code correctedBy} lists the corrections of this fact and {@code corrects} says which fact a
 * correction replaces, and what it said before. {@code summaryRu} is the Russian summary the fact was recorded with, if
 * any.
 */
public record HistoryEntry(
        long version,
        String type,
        String description,
        WorldDate worldDate,
        WorldDate effectiveWorldDate,
        Instant recordedAt,
        String recordedBy,
        Source source,
        String statusBefore,
        String statusAfter,
        Correction corrects,
        List<Correction> correctedBy,
        String summaryRu) {

    public record Correction(
            long version,
            long correctsVersion,
            String correctsType,
            String field,
            String previousValue,
            String value,
            String reason,
            Instant recordedAt,
            String recordedBy) {}
}
