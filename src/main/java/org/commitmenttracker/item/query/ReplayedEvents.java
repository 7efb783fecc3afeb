package org.commitmenttracker.item.query;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the event being handled is one of a rebuild's replay: at or below the newest event stored when the items
 * projection was reset (rm_item_current_state.replayed_through, db/V220). Those are applied without refreshing the
 * current-state table, which is recomputed once after them. Not Axon's replay status: a rebuild after events were
 * stored while the processor stood still replays only up to where the processor stood, and Axon treats the rest as new,
 * though to the tables they are as much a replay. The boundary is read once per batch.
 */
@Component
class ReplayedEvents {

    private static final String RESOURCE = ReplayedEvents.class.getName();

    private final JdbcClient jdbc;

    ReplayedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean handlingOne() {
        if (!CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get().getMessage() instanceof TrackedEventMessage<?> tracked)
                || tracked.trackingToken() == null
                || tracked.trackingToken().position().isEmpty()) {
            // A dead letter being retried, or an event handled outside a processor: always refreshed.
            return false;
        }
        UnitOfWork<?> batch = CurrentUnitOfWork.get().root();
        long boundary = batch.getOrComputeResource(RESOURCE, key -> replayedThrough());
        return tracked.trackingToken().position().getAsLong() <= boundary;
    }

    private long replayedThrough() {
        return jdbc.sql("SELECT coalesce(replayed_through, -1) FROM rm_item_current_state")
                .query(Long.class)
                .single();
    }
}
