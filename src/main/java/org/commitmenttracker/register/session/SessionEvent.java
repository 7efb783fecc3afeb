package org.commitmenttracker.register.session;

/** Everything that can happen to a session. */
public sealed interface SessionEvent permits SessionHeld, SessionOutcomeCounted, SessionCorrected {

    String sessionId();
}
