package org.commitmenttracker.item;

public enum AssessmentPeriod {
    INTERIM,
    FINAL
}
