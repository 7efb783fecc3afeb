package org.commitmenttracker.platform;

/** Names whoever is recording facts right now; the audit trail stores this name on every event. */
public interface Recorder {

    String currentName();
}
