package org.commitmenttracker.item;

import java.util.Collection;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * What an item command may refer to: sessions, other items, parties and bodies. Each check either passes or throws the
 * refusal (NotRecorded for an unknown id, InvalidField for a bad value).
 */
interface References {

    /** The world date of a recorded session. */
    WorldDate sessionDate(String sessionId);

    ItemKind itemKind(String itemId);

    void requireParties(String field, Collection<String> codes);

    /** A party, never a body: bodies do not sign, abstain or get assessed. */
    void requireParty(String field, String code);

    /** Whether {@code party} is or was ever a member of body {@code body}; false when {@code body} is no body. */
    boolean everMember(String body, String party);

    /** An actor may be a party (a state pledging) or a body (a council adopting a decision). */
    void requireActor(String field, String code);

    default void checkOpening(String sessionId, String actor, String actorField) {
        if (sessionId != null) {
            sessionDate(sessionId);
        }
        requireActor(actorField, actor);
    }

    default void requireItem(String itemId, ItemKind expected, String field) {
        ItemKind actual = itemKind(itemId);
        if (actual != expected) {
            throw new InvalidField(field, "item " + itemId + " is a " + actual + ", not a " + expected);
        }
    }
}
