package org.commitmenttracker.register.body;

/**
 * What happened to a party's membership of a body. A suspended member stays on the body's list but takes no part: it is
 * neither bound by the body's decisions nor counted for them until it resumes.
 */
public enum MembershipChange {
    JOINED,
    LEFT,
    SUSPENDED,
    RESUMED
}
