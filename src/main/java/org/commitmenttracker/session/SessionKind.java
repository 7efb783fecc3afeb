package org.commitmenttracker.session;

public enum SessionKind {
    REGULAR, EXTRAORDINARY
}
