package org.commitmenttracker.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC event store as Axon's auto-configuration would build it, with two differences: lost append races are
 * recognised on PostgreSQL, and the gap timeout is stated rather than implied.
 *
 * <p>A tracking processor that meets a gap (an index allocated by a transaction that has not yet committed) waits for
 * it only while the events after the gap are younger than the gap timeout; after that the late event is skipped for
 * good (AxonFramework issue 4829). Every transaction that appends events must therefore end well within it: see
 * RELIABILITY.md for the timeouts that do so.
 */
@Configuration(proxyBeanMethods = false)
class EventStoreConfig {

    static final int EVENTS_PER_READ = 1_000;

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /**
     * As auto-configured, except that each processor reads the store itself instead of through the store's shared
     * producer. With the shared producer, an outage of the database (stopped with -m immediate under load,
     * scripts/outage-test.sh) left one processor missing events that another processor had applied; reconciliation
     * reported them. Private streams cost a query per processor and do not lose events.
     */
    @Bean
    EmbeddedEventStore eventStore(
            EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration) {
        return EmbeddedEventStore.builder()
                .storageEngine(storageEngine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(false)
                .build();
    }

    @Bean
    EventStorageEngine eventStorageEngine(
            Serializer defaultSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            org.axonframework.config.Configuration configuration,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            EventStoreProperties.Events events) {
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .gapTimeout(Math.toIntExact(events.gapTimeout().toMillis()))
                // Events read per query by each processor; Axon's 100 meant 10,000 queries per processor
                // for a million-event rebuild (BENCHMARKS.md).
                .batchSize(EVENTS_PER_READ)
                .finalAggregateBatchPredicate(EventStoreConfig::lastOfAggregate);
        return new WithoutSnapshots(builder);
    }

    /**
     * Whether a batch of an aggregate's events is its last. Axon's JDBC engine reads an aggregate by sequence range
     * ({@code sequence_number >= n AND sequence_number < n + batch size}) and by default asks again until a range comes
     * back empty, in case a stream has gaps: a second query, always empty, on every aggregate load (issue #17's
     * profile). This store has no gaps: the hash-chain trigger (db/V31) refuses any event whose predecessor is not
     * stored, and events are never deleted (db/V32). A range with fewer rows than it spans is therefore the end of the
     * stream. Were a gap ever there, the aggregate would load at an older version and its next append would meet the
     * unique (aggregate, sequence) key: refused, never stored twice or lost.
     */
    static boolean lastOfAggregate(java.util.List<?> batch) {
        return batch.size() < EVENTS_PER_READ;
    }

    /**
     * The tracker takes no snapshots (no snapshotter is configured: an item has a handful of events), yet Axon asks the
     * snapshot table before every aggregate load: a query that always came back empty, one of the two round trips of
     * every status change. Ignoring snapshots can never give a wrong aggregate, only a slower one if snapshots were
     * ever stored: the aggregate is then loaded from all its events, as now.
     */
    private static final class WithoutSnapshots extends JdbcEventStorageEngine {

        WithoutSnapshots(JdbcEventStorageEngine.Builder builder) {
            super(builder);
        }

        @Override
        public java.util.Optional<org.axonframework.eventhandling.DomainEventMessage<?>> readSnapshot(
                String aggregateIdentifier) {
            return java.util.Optional.empty();
        }
    }
}
