package org.commitmenttracker.item.narrative;

import static org.commitmenttracker.item.narrative.Narrative.lower;

import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.EvidenceAttached;
import org.commitmenttracker.item.EvidenceBearing;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemLinked;
import org.commitmenttracker.item.Occasion;
import org.commitmenttracker.item.PartyAssessed;
import org.commitmenttracker.item.PartyPosition;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.PositionTaken;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;
import org.commitmenttracker.item.StatusChanged;
import org.commitmenttracker.shared.provenance.WorldDate;

/** What happened to an item, in words; an exhaustive switch over the sealed {@link ItemEvent}. */
public final class ItemNarrative {

    private ItemNarrative() {}

    public static String describe(ItemEvent event) {
        return switch (event) {
            case DecisionAdopted e ->
                e.adoptedBy() + " adopted the " + e.documentType() + " «" + title(e.title(), e.titleOriginal()) + "»"
                        + due(e.due());
            case ProposalMade e -> by(e.onBehalfOf(), e.person()) + " proposed «" + e.title() + "»";
            case StatementMade e -> by(e.onBehalfOf(), e.person()) + " stated «" + e.title() + "»";
            case PledgeGiven e -> by(e.pledgedBy(), e.person()) + " pledged «" + e.title() + "»" + due(e.due());
            case StatusChanged e -> "Status changed from " + lower(e.from()) + " to " + lower(e.to()) + note(e.note());
            case FollowUpRaised e ->
                by(e.raisedBy(), e.person()) + " raised it again" + occasion(e.occasion()) + ": " + lower(e.stance())
                        + note(e.note());
            case PositionTaken e ->
                e.party() + " " + position(e.position())
                        + (e.reason() == null || e.reason().isBlank() ? "" : ", because: " + e.reason());
            case EvidenceAttached e ->
                "Evidence that " + (e.bearing() == EvidenceBearing.SUPPORTS ? "supports" : "contradicts")
                        + " the status " + lower(e.status()) + ": " + e.source().title() + ", "
                        + e.source().locator() + note(e.note());
            case PartyAssessed e ->
                e.party() + " assessed " + score(e.score()) + " for the " + lower(e.period()) + " period"
                        + note(e.note());
            case ItemLinked e -> "Linked: " + lower(e.relation()) + " item " + e.target() + note(e.note());
            case EntryCorrected e ->
                "Corrected the " + lower(e.field()) + " stated in version " + e.correctsVersion() + " to "
                        + (e.correction().text().isEmpty()
                                ? "nothing"
                                : "«" + e.correction().text() + "»") + ", because: " + e.reason();
        };
    }

    /** A score as assessors write it: "+1", "0", "-1" or "n/a" (also its JSON form in commands). */
    public static String label(Compliance score) {
        return switch (score) {
            case FULL -> "+1";
            case PARTIAL -> "0";
            case NON_COMPLIANCE -> "-1";
            case NOT_APPLICABLE -> "n/a";
        };
    }

    private static String score(Compliance score) {
        return switch (score) {
            case FULL -> "+1 (full compliance)";
            case PARTIAL -> "0 (partial compliance or work in progress)";
            case NON_COMPLIANCE -> "-1 (non-compliance)";
            case NOT_APPLICABLE -> "n/a (not applicable)";
        };
    }

    private static String title(String english, String original) {
        return english == null || english.isBlank() ? original : english;
    }

    private static String by(String party, String person) {
        return person == null || person.isBlank() ? party : party + " (" + person + ")";
    }

    private static String position(PartyPosition position) {
        return switch (position) {
            case SIGNED -> "signed it";
            case SIGNED_WITH_RESERVATION -> "signed it with a reservation";
            case DECLINED_TO_SIGN -> "declined to sign it";
            case ABSTAINED -> "abstained";
            case JOINED_LATER -> "joined it later";
            case WITHDREW_SUPPORT -> "withdrew its support";
        };
    }

    private static String occasion(Occasion occasion) {
        return occasion == null
                ? ""
                : " in a " + lower(occasion.kind())
                        + (occasion.description() == null
                                        || occasion.description().isBlank()
                                ? ""
                                : " (" + occasion.description() + ")");
    }

    private static String due(WorldDate due) {
        return due == null ? "" : ", due " + due;
    }

    private static String note(String note) {
        return note == null || note.isBlank() ? "" : " — " + note;
    }
}
