package org.commitmenttracker.eventstore.projection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Resets every projection (its reset handler empties its tables, Axon empties its dead letters) and replays the whole
 * event store. Progress is watched once a second, logged, and kept for the progress endpoint. Read models are keyed by
 * event identity, so the replay rebuilds the very rows. Once every processor has passed the newest event, the work the
 * projections deferred during the replay ({@link DeferredDuringReplay}) is advanced at each observation (a chunk, or
 * workers of its own set going), and only then is the rebuild finished.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    /** Progress is observed often, so the finish time and rate are accurate, and logged once a second. */
    private static final Duration OBSERVE_EVERY = Duration.ofMillis(200);

    private static final Duration LOG_EVERY = Duration.ofSeconds(1);

    private final ProjectionStatus status;
    private final JdbcClient jdbc;
    private final List<DeferredDuringReplay> deferred;
    private final Clock clock = Clock.systemUTC();
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().daemon().name("projection-rebuild").unstarted(runnable));
    private volatile RebuildProgress progress = RebuildProgress.idle();
    private volatile long firstIndex;
    private Instant lastLogged = Instant.EPOCH;

    Rebuild(ProjectionStatus status, JdbcClient jdbc, List<DeferredDuringReplay> deferred) {
        this.status = status;
        this.jdbc = jdbc;
        this.deferred = deferred;
    }

    public RebuildProgress progress() {
        return progress;
    }

    public synchronized RebuildProgress start() {
        if (progress.state() == RebuildProgress.State.RUNNING) {
            throw new RuleViolation("A rebuild is already running; follow it at GET /api/admin/projections/rebuild");
        }
        long total = storedEvents();
        long head = status.head();
        firstIndex = firstIndex();
        Instant startedAt = clock.instant();
        log.info("Projection rebuild started: replaying {} events into {}", total, ProcessingGroups.ALL);
        try {
            CompletableFuture.allOf(ProcessingGroups.ALL.stream()
                            .map(name -> status.streaming(name).shutdownAsync())
                            .toArray(CompletableFuture[]::new))
                    .join();
            ProcessingGroups.ALL.forEach(name -> status.streaming(name).resetTokens());
        } finally {
            ProcessingGroups.ALL.forEach(name -> status.streaming(name).start());
        }
        progress = RebuildProgress.running(startedAt, total, head);
        lastLogged = startedAt;
        watcher.schedule(this::watch, OBSERVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        return progress;
    }

    /**
     * Finishing is seen from the processors' positions every 200 ms; the events done are estimated from the slowest
     * position once a second. Counting them in the store (a count over up to a million index entries once a second)
     * took 0.4 s per count on a loaded machine, a database backend's worth of work beside the replay (issue #17
     * profile).
     */
    private void watch() {
        try {
            long position = status.slowestPosition();
            Instant now = clock.instant();
            boolean logNow = !now.isBefore(lastLogged.plus(LOG_EVERY));
            boolean replayed = progress.headAtStart() == 0 || position >= progress.headAtStart();
            long done =
                    replayed ? progress.eventsTotal() : logNow ? eventsDone(position, progress) : progress.eventsDone();
            RebuildProgress current = progress.observed(
                    done,
                    now,
                    replayed && deferredWorkDone(),
                    ProcessingGroups.ALL.stream().map(status::streaming).anyMatch(StreamingEventProcessor::isError));
            boolean running = current.state() == RebuildProgress.State.RUNNING;
            if (!running) {
                refreshStatistics();
            }
            progress = current;
            if (!running || logNow) {
                lastLogged = now;
                log.info(
                        "Projection rebuild {}: {} of {} events ({} events/s){}",
                        current.state().name().toLowerCase(),
                        current.eventsDone(),
                        current.eventsTotal(),
                        current.eventsPerSecond(),
                        current.processorsRetrying() ? "; a processor is retrying after an error" : "");
            }
            if (running) {
                watcher.schedule(this::watch, OBSERVE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (RuntimeException e) {
            log.error("Projection rebuild progress could not be read; will try again", e);
            watcher.schedule(this::watch, LOG_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** One step of each projection's deferred work in turn; true once none is left. */
    private boolean deferredWorkDone() {
        for (DeferredDuringReplay work : deferred) {
            if (work.step() != DeferredDuringReplay.Step.DONE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The read models were emptied and refilled in minutes; until autovacuum notices, the planner would plan queries
     * for the empty tables (BENCHMARKS.md: reads were many times slower).
     */
    private void refreshStatistics() {
        long started = System.nanoTime();
        // ANALYZE needs the tables' owner; the application role calls db/V60's function that runs as the owner.
        jdbc.sql("SELECT analyze_read_models()").query().listOfRows();
        log.info(
                "Projection rebuild: read-model statistics refreshed in {} ms",
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * The share of the global indexes up to the head that the slowest processor has passed, applied to the stored
     * events: exact while indexes are dense (the sequence is uncached; a rolled-back append leaves a rare gap), and
     * never more than the total. At the end the total itself is reported.
     */
    private long eventsDone(long position, RebuildProgress running) {
        long span = running.headAtStart() - firstIndex + 1;
        if (span <= 0 || position < firstIndex) {
            return 0;
        }
        return Math.min(running.eventsTotal(), running.eventsTotal() * (position - firstIndex + 1) / span);
    }

    private long firstIndex() {
        return jdbc.sql("SELECT coalesce(min(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }
}
