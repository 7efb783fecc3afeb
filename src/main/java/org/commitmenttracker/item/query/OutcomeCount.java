package org.commitmenttracker.item.query;

import java.time.Instant;
import java.time.LocalDate;
import tools.jackson.databind.JsonNode;

/**
 * A session's outcome known as a count, set against the items the register holds for it: {@code named} is how many of
 * the counted documents are items recorded at the session, {@code unnamed} how many the report counts but does not name
 * (never below zero). No item is invented for them.
 */
public record OutcomeCount(
        String sessionId,
        String sessionTitle,
        LocalDate sessionDate,
        String body,
        String outcome,
        int count,
        long named,
        long unnamed,
        String note,
        JsonNode source,
        Instant recordedAt) {}
