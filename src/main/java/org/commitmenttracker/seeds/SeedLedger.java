package org.commitmenttracker.seeds;

import java.util.Optional;
import org.commitmenttracker.eventstore.EventLookup;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the event store already holds from seeds. Reads the event table inside the loading transaction, so records
 * dispatched earlier in the same file are seen too.
 */
@Component
class SeedLedger {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;
    private final EventLookup events;

    SeedLedger(JdbcClient jdbc, Catalogue catalogue, EventLookup events) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
        this.events = events;
    }

    boolean storeIsEmpty() {
        return events.storeIsEmpty();
    }

    /** Serialises seed loads (several instances starting at once, two admin calls) until this transaction ends. */
    void lockForLoading() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('commitment-tracker:seed-loader'))")
                .query()
                .singleRow();
    }

    boolean alreadyThere(SeedStep step) {
        return step.creates() ? recorded(step.aggregateId()) : applied(step.aggregateId(), step.seedKey());
    }

    boolean recorded(String aggregateId) {
        return catalogue.find(aggregateId).isPresent();
    }

    /** The aggregate's own events are searched, through the (aggregate, sequence) index. */
    private boolean applied(String aggregateId, String seedKey) {
        return events.anyEventWithMetadata(aggregateId, SeedMetadata.SEED_KEY, seedKey);
    }

    /** The world date an item was recorded with, for items from earlier seed files. */
    Optional<WorldDate> itemDate(String itemId) {
        return catalogue.firstEvent(itemId, ItemEvent.class).map(ItemEvent::worldDate);
    }
}
