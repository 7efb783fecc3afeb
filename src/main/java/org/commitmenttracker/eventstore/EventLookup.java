package org.commitmenttracker.eventstore;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one gateway from the modules to what the event store holds. Payloads are read through Axon's {@link EventStore},
 * so they come back as today's event classes, upcasters applied; nothing outside this module reads the event table or
 * an event's JSON by field name. Every answer joins the caller's transaction, so a command sees what it is about to
 * refer to, never behind.
 */
@Component
public class EventLookup {

    private final EventStore eventStore;
    private final JdbcClient jdbc;
    private final FirstEvents firstEvents = new FirstEvents();

    EventLookup(EventStore eventStore, JdbcClient jdbc) {
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /** The first event of an aggregate: the aggregate's type and the event. */
    public Optional<FirstEvent> first(String aggregateId) {
        Optional<FirstEvent> remembered = firstEvents.get(aggregateId);
        if (remembered.isPresent()) {
            return remembered;
        }
        DomainEventStream stream = eventStore.readEvents(aggregateId, 0);
        if (!stream.hasNext()) {
            return Optional.empty();
        }
        DomainEventMessage<?> event = stream.next();
        FirstEvent first = new FirstEvent(event.getType(), event.getPayload());
        firstEvents.remember(aggregateId, first);
        return Optional.of(first);
    }

    /** Every event of an aggregate in order, as typed payloads: a body's membership changes, say. */
    public List<Object> payloads(String aggregateId) {
        List<Object> payloads = new ArrayList<>();
        eventStore.readEvents(aggregateId, 0).forEachRemaining(event -> payloads.add(event.getPayload()));
        return payloads;
    }

    /** The newest event of an aggregate: its version, when and by whom it was recorded. */
    public Optional<Latest> latest(String aggregateId) {
        return eventStore.lastSequenceNumberFor(aggregateId).map(version -> {
            DomainEventMessage<?> newest =
                    eventStore.readEvents(aggregateId, version).next();
            Object recordedBy = newest.getMetaData().get(RecorderMetadata.RECORDED_BY);
            return new Latest(version, newest.getTimestamp(), recordedBy == null ? "?" : recordedBy.toString());
        });
    }

    /** Whether no event at all has been recorded yet. */
    public boolean storeIsEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry)")
                .query(Boolean.class)
                .single();
    }

    /** The global index of the newest stored event; 0 while there is none. */
    public long newestIndex() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    /** Whether one of the aggregate's events carries this metadata value (searched through the aggregate index). */
    public boolean anyEventWithMetadata(String aggregateId, String key, String value) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domain_event_entry
                        WHERE aggregate_identifier = ?
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> ? = ?)""")
                .params(aggregateId, key, value)
                .query(Boolean.class)
                .single();
    }

    /** The global index of a stored event, for a subscriber that got the event without a tracking token. */
    public long globalIndex(String eventIdentifier) {
        return jdbc.sql("SELECT global_index FROM domain_event_entry WHERE event_identifier = ?")
                .param(eventIdentifier)
                .query(Long.class)
                .single();
    }

    /** An aggregate's type (the aggregate class's simple name) and its first event. */
    public record FirstEvent(String aggregateType, Object payload) {

        public String eventName() {
            return payload.getClass().getSimpleName();
        }
    }

    public record Latest(long version, Instant recordedAt, String recordedBy) {}
}
