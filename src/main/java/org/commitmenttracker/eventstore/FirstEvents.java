package org.commitmenttracker.eventstore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The first events of aggregates already read: a session's date, whether a party or body is registered, an item's kind.
 * Commands check these on every write (two to three reads of the event store per command, issue #17), and the answer
 * cannot change: history is never edited, so a committed first event stays the first event. Only committed answers are
 * kept (a first event read inside a transaction is remembered when that transaction commits, so one that rolls back
 * leaves nothing behind), and only found ones: an unknown party may be registered a moment later.
 */
final class FirstEvents {

    private static final int CAPACITY = 20_000;

    private final Map<String, EventLookup.FirstEvent> known = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EventLookup.FirstEvent> eldest) {
            return size() > CAPACITY;
        }
    };

    synchronized Optional<EventLookup.FirstEvent> get(String aggregateId) {
        return Optional.ofNullable(known.get(aggregateId));
    }

    void remember(String aggregateId, EventLookup.FirstEvent first) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            put(aggregateId, first);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                put(aggregateId, first);
            }
        });
    }

    private synchronized void put(String aggregateId, EventLookup.FirstEvent first) {
        known.put(aggregateId, first);
    }
}
