package org.commitmenttracker.item.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * One item as a list shows it, as of a world date and as known at an instant. Flat on purpose: the same row is the JSON
 * list entry and the CSV line.
 */
public record ItemRow(
        String id,
        String kind,
        String title,
        String titleOriginal,
        String actor,
        String person,
        List<String> binds,
        List<String> themes,
        String body,
        String sessionId,
        String sessionTitle,
        LocalDate sessionDate,
        WorldDate openedOn,
        String status,
        boolean open,
        LocalDate statusSince,
        WorldDate due,
        boolean overdue,
        long followUps,
        String lastFollowUpSessionId,
        LocalDate lastFollowUpOn,
        Long sessionsElapsed,
        long version,
        Instant lastChangedAt) {}
