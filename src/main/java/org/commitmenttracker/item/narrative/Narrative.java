package org.commitmenttracker.item.narrative;

import java.util.List;
import java.util.stream.Collectors;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.body.BodyCorrected;
import org.commitmenttracker.register.body.BodyEvent;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.body.MembershipChanged;
import org.commitmenttracker.register.party.PartyCorrected;
import org.commitmenttracker.register.party.PartyEvent;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.Participant;
import org.commitmenttracker.register.session.SessionCorrected;
import org.commitmenttracker.register.session.SessionEvent;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.register.session.SessionOutcomeCounted;
import org.commitmenttracker.shared.provenance.Source;

/**
 * One sentence per event. The switches are exhaustive over the sealed event interfaces, so a new event type does not
 * compile until it is given words here.
 */
public final class Narrative {

    private Narrative() {}

    /** Any event payload the register stores; unknown payloads are named by their type. */
    public static String describe(Object payload) {
        return switch (payload) {
            case ItemEvent event -> ItemNarrative.describe(event);
            case SessionEvent event -> describe(event);
            case PartyEvent event -> describe(event);
            case BodyEvent event -> describe(event);
            default -> payload.getClass().getSimpleName();
        };
    }

    static String describe(SessionEvent event) {
        return switch (event) {
            case SessionHeld e ->
                "Session of " + e.body() + " held in " + e.place() + " on " + e.worldDate()
                        + " (" + lower(e.kind()) + ", " + lower(e.format()) + ")"
                        + (e.chair() == null ? "" : ", chaired by " + e.chair())
                        + (e.handover() == null
                                ? ""
                                : "; chairmanship passes from " + e.handover().from() + " to "
                                        + e.handover().to() + " on "
                                        + e.handover().effective());
            case SessionOutcomeCounted e ->
                "Outcome of the session: " + e.count() + " " + lower(e.outcome())
                        + (e.note() == null || e.note().isBlank() ? "" : " — " + e.note());
            case SessionCorrected e ->
                corrected(
                        "session",
                        e.field(),
                        e.participants() == null ? e.value() : participants(e.participants()),
                        e.reason(),
                        e.source());
        };
    }

    static String describe(PartyEvent event) {
        return switch (event) {
            case PartyRegistered e -> "Party " + e.code() + " registered: " + e.name() + " (" + lower(e.kind()) + ")";
            case PartyCorrected e -> corrected("party " + e.code(), e.field(), e.value(), e.reason(), e.source());
        };
    }

    static String describe(BodyEvent event) {
        return switch (event) {
            case BodyRegistered e ->
                "Body " + e.code() + " registered: " + e.name()
                        + (e.members().isEmpty() ? "" : ", members " + String.join(", ", e.members()))
                        + (e.registeredOn() == null ? "" : ", from " + e.registeredOn());
            case BodyCorrected e -> corrected("body " + e.code(), e.field(), e.value(), e.reason(), e.source());
            case MembershipChanged e ->
                switch (e.change()) {
                            case JOINED -> e.party() + " joined " + e.code();
                            case LEFT -> e.party() + " left " + e.code();
                            case SUSPENDED -> e.party() + " suspended its participation in " + e.code();
                            case RESUMED -> e.party() + " resumed its participation in " + e.code();
                        }
                        + " on " + e.worldDate() + (e.note() == null || e.note().isBlank() ? "" : " — " + e.note());
        };
    }

    /** Who corrected is the audit row's recorder; the sentence says what, why and on what authority. */
    private static String corrected(String what, Enum<?> field, String value, String reason, Source source) {
        return "Corrected the " + what + "'s " + lower(field) + " to «" + value + "», because: " + reason + " (source: "
                + source.title() + ", " + source.locator() + ")";
    }

    private static String participants(List<Participant> participants) {
        return participants.stream()
                .map(p -> p.person() + " (" + p.role() + ", " + p.party() + ")")
                .collect(Collectors.joining("; "));
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
