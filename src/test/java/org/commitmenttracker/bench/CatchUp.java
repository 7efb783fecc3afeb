package org.commitmenttracker.bench;

import java.time.Duration;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.commitmenttracker.eventstore.projection.Rebuild;
import org.commitmenttracker.eventstore.projection.RebuildProgress;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the store with the synthetic register while the processors stand still, then times the tracker's own rebuild
 * (POST /api/admin/projections/rebuild does the same) from reset until every read model has applied every stored event.
 */
final class CatchUp {

    private static final String SECTION = "projection catch-up";

    private final RunningTracker tracker;
    private final JdbcClient jdbc;

    CatchUp(RunningTracker tracker) {
        this.tracker = tracker;
        this.jdbc = tracker.bean(JdbcClient.class);
    }

    Measurement prefill(SyntheticRegister register) {
        tracker.bean(EventProcessingConfiguration.class)
                .eventProcessors()
                .values()
                .forEach(processor -> ((StreamingEventProcessor) processor).shutDown());
        long started = System.nanoTime();
        long appended = register.append(tracker.bean(EventStorageEngine.class), tracker.bean(TransactionManager.class));
        double elapsed = (System.nanoTime() - started) / 1e9;
        return Measurement.rate(
                SECTION,
                "prefill",
                "pre-fill through Axon's storage engine",
                appended,
                elapsed,
                "events/s",
                "1,000 events per append, hash-chain trigger included; processors stopped");
    }

    List<Measurement> rebuild(Duration timeout) throws InterruptedException {
        Rebuild rebuild = tracker.bean(Rebuild.class);
        long started = System.nanoTime();
        RebuildProgress progress = rebuild.start();
        long deadline = started + timeout.toNanos();
        while (rebuild.progress().state() == RebuildProgress.State.RUNNING || !tracker.caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "The rebuild did not finish within " + timeout + ": " + rebuild.progress());
            }
            Thread.sleep(10);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        return List.of(Measurement.rate(
                SECTION,
                "catchup",
                "rebuild of all read models",
                progress.eventsTotal(),
                elapsed,
                "events/s",
                "items, directory and audit processors from an empty token to the head"));
    }

    long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }
}
