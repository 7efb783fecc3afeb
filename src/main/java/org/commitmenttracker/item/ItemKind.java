package org.commitmenttracker.item;

public enum ItemKind {
    DECISION, PROPOSAL, PLEDGE
}
