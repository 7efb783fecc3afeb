package org.commitmenttracker.register.body;

/** Everything that can happen to a body. */
public sealed interface BodyEvent permits BodyRegistered, MembershipChanged {

    String code();
}
