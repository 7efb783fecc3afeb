package org.commitmenttracker.item.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.provenance.WorldDate;
import tools.jackson.databind.JsonNode;

/**
 * An item's current facts as of a date and as known at an instant, with what was said about it since. {@code summaryRu}
 * is the short Russian summary beside the English title and text, {@code quote} a passage quoted from the source; both
 * optional. {@code personRu} is the name in Russian of the person who spoke for the party, when recorded.
 */
public record ItemDetail(
        ItemRow item,
        String text,
        String documentType,
        String category,
        Integer listPosition,
        String implementsDecision,
        JsonNode figures,
        JsonNode source,
        Instant recordedAt,
        String recordedBy,
        List<FollowUp> followUps,
        List<Assessment> assessments,
        List<Link> links,
        List<Link> linkedFrom,
        LocalDate asOf,
        Instant knownAt,
        String summaryRu,
        String quote,
        List<Evidence> evidence,
        List<Position> positions,
        String personRu) {

    public record FollowUp(
            long version,
            String sessionId,
            String sessionTitle,
            LocalDate sessionDate,
            String raisedBy,
            String person,
            String stance,
            String note,
            WorldDate worldDate,
            JsonNode source,
            Instant recordedAt,
            String summaryRu,
            String quote,
            String occasionKind,
            String occasionDescription,
            String personRu) {

        /** The person in the reader's language: the Russian name on Russian pages when one was recorded. */
        public String person(boolean russian) {
            return russian && personRu != null && !personRu.isBlank() ? personRu : person;
        }
    }

    /** A document weighed against the status the item had when it was attached (SUPPORTS or CONTRADICTS). */
    public record Evidence(
            long version,
            String bearing,
            String status,
            String note,
            WorldDate worldDate,
            JsonNode source,
            Instant recordedAt) {}

    /** One assessment; {@code current} marks the latest for its party and period, the one scorecards count. */
    public record Assessment(
            long version,
            String party,
            String period,
            String score,
            String note,
            LocalDate worldDate,
            Instant recordedAt,
            boolean current) {}

    /**
     * A link to or from another item, with that item's kind and titles for display (Russian pages show the official
     * Russian title).
     */
    public record Link(
            long version,
            String relation,
            String itemId,
            String kind,
            String title,
            String titleOriginal,
            String note,
            LocalDate worldDate) {}
}
