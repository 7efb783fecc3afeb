package org.commitmenttracker.register.session;

public enum SessionFormat {
    IN_PERSON,
    VIDEO
}
