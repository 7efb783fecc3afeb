package org.commitmenttracker.item;

/** Where a party stands on a document, as a report states it. */
public enum PartyPosition {
    SIGNED,
    SIGNED_WITH_RESERVATION,
    DECLINED_TO_SIGN,
    ABSTAINED,
    JOINED_LATER,
    WITHDREW_SUPPORT;

    /** Whether the party is, after this, among those the document has on board. */
    public boolean onBoard() {
        return this == SIGNED || this == SIGNED_WITH_RESERVATION || this == JOINED_LATER;
    }
}
