package org.commitmenttracker.session;

public enum SessionFormat {
    IN_PERSON, VIDEO
}
