package org.commitmenttracker.item.session;

import java.time.Instant;
import java.time.LocalDate;
import org.commitmenttracker.shared.provenance.WorldDate;
import tools.jackson.databind.JsonNode;

/**
 * What was recorded about a session: when and where, participants, chair and chairmanship handover. {@code placeRu} is
 * the place in Russian when it was recorded (participants may carry {@code roleRu} likewise).
 */
public record SessionFacts(
        String id,
        String body,
        String title,
        WorldDate worldDate,
        String place,
        String kind,
        String format,
        String chair,
        JsonNode participants,
        JsonNode handover,
        JsonNode source,
        Instant recordedAt,
        String recordedBy,
        long itemsIntroduced,
        long followUps,
        String placeRu) {

    SessionFacts withCounts(long introduced, long raised) {
        return new SessionFacts(
                id,
                body,
                title,
                worldDate,
                place,
                kind,
                format,
                chair,
                participants,
                handover,
                source,
                recordedAt,
                recordedBy,
                introduced,
                raised,
                placeRu);
    }

    /** Another session, named for navigation. */
    public record Reference(String id, String title, LocalDate date) {}
}
