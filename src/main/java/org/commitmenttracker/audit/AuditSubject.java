package org.commitmenttracker.audit;

import java.time.LocalDate;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.PositionTaken;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatementMade;
import org.commitmenttracker.register.body.MembershipChanged;
import org.commitmenttracker.register.session.SessionCorrected;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.register.session.SessionOutcomeCounted;

/** What an event is about, for the audit filters: its item, the session it names, its world date. */
record AuditSubject(String itemId, String sessionId, LocalDate worldDate) {

    static AuditSubject of(Object payload) {
        return switch (payload) {
            case ItemEvent e ->
                new AuditSubject(e.itemId(), sessionOf(e), e.worldDate().date());
            case SessionHeld e ->
                new AuditSubject(null, e.sessionId(), e.worldDate().date());
            case SessionOutcomeCounted e -> new AuditSubject(null, e.sessionId(), null);
            case SessionCorrected e -> new AuditSubject(null, e.sessionId(), null);
            case MembershipChanged e ->
                new AuditSubject(null, null, e.worldDate().date());
            default -> new AuditSubject(null, null, null);
        };
    }

    private static String sessionOf(ItemEvent event) {
        return switch (event) {
            case DecisionAdopted e -> e.sessionId();
            case ProposalMade e -> e.sessionId();
            case PledgeGiven e -> e.sessionId();
            case StatementMade e -> e.sessionId();
            case FollowUpRaised e -> e.sessionId();
            case PositionTaken e -> e.sessionId();
            default -> null;
        };
    }
}
