package org.commitmenttracker.item.query;

import java.time.Instant;
import org.commitmenttracker.shared.provenance.WorldDate;
import tools.jackson.databind.JsonNode;

/**
 * A party's position on an item as of a date. {@code current} marks the party's latest position on that item (latest
 * world date, then latest recorded); {@code onBoard} says whether that position keeps the party among the signatories.
 */
public record Position(
        String itemId,
        String itemTitle,
        long version,
        String party,
        String position,
        boolean onBoard,
        String sessionId,
        String reason,
        WorldDate worldDate,
        JsonNode source,
        Instant recordedAt,
        boolean current) {}
