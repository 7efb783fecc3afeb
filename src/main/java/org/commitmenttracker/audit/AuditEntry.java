package org.commitmenttracker.audit;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/** One stored event: where it sits in the store, who recorded it when, what it says in words and in full. */
public record AuditEntry(
        long globalIndex,
        String eventId,
        String aggregateType,
        String aggregateId,
        Long version,
        String type,
        Instant recordedAt,
        String recordedBy,
        LocalDate worldDate,
        String itemId,
        String sessionId,
        String summary,
        JsonNode payload) {}
