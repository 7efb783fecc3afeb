package org.commitmenttracker.reporting.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.query.ItemDetail;
import org.commitmenttracker.reporting.scorecard.ComplianceAverage;
import org.commitmenttracker.reporting.scorecard.Scorecard;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A compliance report: the scorecard of its scope, the members it scores (with their names in the report's language),
 * and one section per commitment. {@code session} is null when the report covers every session of the body.
 */
public record ComplianceReport(
        ReportScope scope,
        String bodyName,
        SessionHeading session,
        Scorecard scorecard,
        List<Member> members,
        List<Commitment> commitments,
        LocalDate asOf,
        Instant knownAt) {

    /** A member with a score in scope, and its average as the scorecard gives it. */
    public record Member(String code, String name, ComplianceAverage compliance) {}

    public record SessionHeading(String id, String title, WorldDate date, String place) {}

    /**
     * One commitment: the scorecard's line (scores and average), its title in the report's language, the source it was
     * recorded from, each member's counted assessment, and the evidence weighed against its status.
     */
    public record Commitment(
            Scorecard.ItemLine line,
            String title,
            String text,
            String actor,
            WorldDate openedOn,
            Source source,
            List<PartyScore> scores,
            List<Evidence> evidence) {}

    /** The assessment the scorecard counts for one member: its score, period, date, note and source. */
    public record PartyScore(
            String party, String name, String score, String period, LocalDate worldDate, String note, Source source) {}

    /** A document found to support or contradict the commitment's status (as on the item page). */
    public record Evidence(String bearing, String status, String note, WorldDate worldDate, Source source) {

        static Evidence of(ItemDetail.Evidence evidence) {
            return new Evidence(
                    evidence.bearing(),
                    evidence.status(),
                    evidence.note(),
                    evidence.worldDate(),
                    Sources.of(evidence.source()));
        }
    }
}
