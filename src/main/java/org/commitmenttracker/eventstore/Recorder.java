package org.commitmenttracker.eventstore;

/** Names whoever is recording facts right now; the audit trail stores this name on every event. */
public interface Recorder {

    String currentName();

    /** The signed-in user, if anyone is signed in (work started at boot has nobody). */
    java.util.Optional<String> signedIn();
}
