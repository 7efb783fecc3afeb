package org.commitmenttracker.item.narrative;

import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.body.BodyEvent;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.body.MembershipChanged;
import org.commitmenttracker.register.party.PartyEvent;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.SessionEvent;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.register.session.SessionOutcomeCounted;

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
        };
    }

    static String describe(PartyEvent event) {
        return switch (event) {
            case PartyRegistered e -> "Party " + e.code() + " registered: " + e.name() + " (" + lower(e.kind()) + ")";
        };
    }

    static String describe(BodyEvent event) {
        return switch (event) {
            case BodyRegistered e ->
                "Body " + e.code() + " registered: " + e.name()
                        + (e.members().isEmpty() ? "" : ", members " + String.join(", ", e.members()))
                        + (e.registeredOn() == null ? "" : ", from " + e.registeredOn());
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

    static String lower(Enum<?> value) {
        return value.name().toLowerCase().replace('_', ' ');
    }
}
