package org.commitmenttracker.eventstore.projection;

/** Where a projection puts one event's rows; see {@link ProjectionWrites} for when they are sent. */
public interface Rows {

    /**
     * A keyed insert that reads nothing earlier events wrote (foreign keys aside), so it may be sent in one JDBC batch
     * with the same insert for other events. Replays must leave it unchanged (ON CONFLICT DO NOTHING).
     */
    void insert(String sql, Object... parameters);

    /** A statement that reads or changes rows earlier events wrote: everything before it is sent first. */
    void inOrder(String sql, Object... parameters);

    /**
     * A statement over everything the batch wrote, sent once after all its other rows, with the distinct keys its
     * events named as one array parameter (e.g. recomputing the summary rows of the items a batch touched). One
     * statement per batch, not per event, so a rebuild pays it once per thousand events.
     */
    void onceAfter(String sql, String key);
}
