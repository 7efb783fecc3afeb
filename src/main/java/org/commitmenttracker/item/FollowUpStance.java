package org.commitmenttracker.item;

public enum FollowUpStance {
    REPORTED_NOT_IMPLEMENTED,
    REAFFIRMED,
    PROGRESS_REPORTED,
    CALLED_FOR
}
