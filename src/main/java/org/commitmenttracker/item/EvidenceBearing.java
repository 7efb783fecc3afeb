package org.commitmenttracker.item;

/** Whether a piece of evidence supports the item's status at the time it is attached, or contradicts it. */
public enum EvidenceBearing {
    SUPPORTS,
    CONTRADICTS
}
