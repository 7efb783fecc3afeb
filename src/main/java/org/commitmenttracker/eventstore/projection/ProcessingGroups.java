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

    /**
     * The outbox of the webhooks: no read model, so a rebuild leaves it alone (a replay must not send events again) and
     * read-your-writes does not wait for it.
     */
    public static final String WEBHOOKS = "webhooks";

    /** The read models: what a rebuild replays, what status and read-your-writes follow. */
    public static final List<String> ALL = List.of(ITEMS, DIRECTORY, AUDIT);

    /** Every processor whose segments the nodes of a cluster share out. */
    public static final List<String> SHARED_OUT = List.of(ITEMS, DIRECTORY, AUDIT, WEBHOOKS);

    private ProcessingGroups() {}
}
