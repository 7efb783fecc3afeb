package org.commitmenttracker.register.session;

public enum SessionKind {
    REGULAR,
    EXTRAORDINARY
}
