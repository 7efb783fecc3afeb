package org.commitmenttracker.eventstore;

/**
 * SQL that read models may embed to learn where an event sits in the store. The store is the only authority on an
 * event's global index: a tracking token's position is the highest index a processor has seen, which for an event that
 * fills a gap (it committed after a later index) is some other event's index.
 */
public final class StoredEventSql {

    /** A scalar subquery giving the global index of the event whose identifier is bound to its one parameter. */
    public static final String GLOBAL_INDEX_OF_EVENT =
            "(SELECT global_index FROM domain_event_entry WHERE event_identifier = ?)";

    /** The global index of an aggregate's event at a sequence number (aggregate id, then sequence). */
    public static final String GLOBAL_INDEX_OF_AGGREGATE_EVENT =
            "SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?";

    /** An aggregate's latest event: its sequence number, then its global index (aggregate id). */
    public static final String LATEST_EVENT_OF_AGGREGATE =
            "SELECT sequence_number, global_index FROM domain_event_entry WHERE aggregate_identifier = ?"
                    + " ORDER BY sequence_number DESC LIMIT 1";

    private StoredEventSql() {}
}
