package org.commitmenttracker.register.body;

/** Everything that can happen to a body. */
public sealed interface BodyEvent permits BodyRegistered, BodyCorrected, MembershipChanged {

    String code();
}
