package org.commitmenttracker.register.party;

public enum PartyKind {
    STATE,
    ORGANISATION,
    BODY
}
