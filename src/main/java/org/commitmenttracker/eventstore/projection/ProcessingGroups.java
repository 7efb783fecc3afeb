package org.commitmenttracker.eventstore.projection;

import java.util.List;

/**
 * The pooled streaming processors that feed the read models (configured in application.yml). Each projection class
 * names its group; the names also key tokens and dead letters.
 */
public final class ProcessingGroups {

    public static final String ITEMS = "items";
    public static final String DIRECTORY = "directory";
    public static final String AUDIT = "audit";

    public static final List<String> ALL = List.of(ITEMS, DIRECTORY, AUDIT);

    private ProcessingGroups() {}
}
