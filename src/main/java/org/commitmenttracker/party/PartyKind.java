package org.commitmenttracker.party;

public enum PartyKind {
    STATE, ORGANISATION, BODY
}
