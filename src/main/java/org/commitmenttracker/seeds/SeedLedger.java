package org.commitmenttracker.seeds;

import java.time.LocalDate;
import java.util.Optional;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * What the event store already holds from seeds. Reads the event table inside the loading
 * transaction, so records dispatched earlier in the same file are seen too.
 */
@Component
class SeedLedger {

    private final JdbcClient jdbc;
    private final Catalogue catalogue;

    SeedLedger(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    boolean storeIsEmpty() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry)").query(Boolean.class).single();
    }

    /** Serialises seed loads (several instances starting at once, two admin calls) until this transaction ends. */
    void lockForLoading() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('commitment-tracker:seed-loader'))").query().singleRow();
    }

    boolean alreadyThere(SeedStep step) {
        return step.creates() ? recorded(step.aggregateId()) : applied(step.aggregateId(), step.seedKey());
    }

    boolean recorded(String aggregateId) {
        return catalogue.find(aggregateId).isPresent();
    }

    /** The aggregate's own events are searched, through the (aggregate, sequence) index. */
    private boolean applied(String aggregateId, String seedKey) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM domain_event_entry
                        WHERE aggregate_identifier = ?
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> 'seedKey' = ?)""")
                .params(aggregateId, seedKey)
                .query(Boolean.class)
                .single();
    }

    /** The world date an item was recorded with, for items from earlier seed files. */
    Optional<WorldDate> itemDate(String itemId) {
        return catalogue.find(itemId)
                .map(known -> known.firstPayload().get("worldDate"))
                .filter(JsonNode::isObject)
                .map(date -> new WorldDate(LocalDate.parse(date.get("date").asString()),
                        DatePrecision.valueOf(date.get("precision").asString())));
    }
}
