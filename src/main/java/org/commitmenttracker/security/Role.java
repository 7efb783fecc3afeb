package org.commitmenttracker.security;

/** Viewer reads; editor also records facts; admin also manages users, seeds and projections. */
public enum Role {
    VIEWER,
    EDITOR,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
