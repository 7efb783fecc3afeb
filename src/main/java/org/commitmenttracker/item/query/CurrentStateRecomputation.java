package org.commitmenttracker.item.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.commitmenttracker.eventstore.projection.DeferredDuringReplay;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the current-state table and the tables derived with it (db/V170, V180, V185, V230) once they are marked
 * stale (item_derived_reset): after a rebuild's replay, which leaves them alone ({@link ReplayedEvents}), or after a
 * migration that redefines them. The items are laid out in ranges (db/V320); each node runs a few workers that claim a
 * range each (FOR UPDATE SKIP LOCKED) and recompute its items in one transaction, so the ranges are done side by side,
 * by every node that is up, and a range whose worker stopped is claimed again. The recomputation is the function live
 * batches call, from the versioned tables the replay wrote, so the result is what the events give; the shared tallies
 * and steps, which would make the ranges take turns, are left while stale and filled from the recomputed rows in the
 * transaction that marks the tables fresh (item_derived_fill).
 */
@Component
class CurrentStateRecomputation implements DeferredDuringReplay {

    private static final Logger log = LoggerFactory.getLogger(CurrentStateRecomputation.class);

    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    /** What one unit of work found: the calling worker goes on only after {@link #CLAIMED} or {@link #LAID_OUT}. */
    enum Outcome {
        /** The tables are fresh. */
        FRESH,
        /** Replayed events are still to be applied first. */
        REPLAYING,
        /** The ranges were laid out. */
        LAID_OUT,
        /** A range was recomputed. */
        CLAIMED,
        /** Every range left is claimed by another worker, here or on another node. */
        ALL_CLAIMED,
        /** No range was left, and the tables were marked fresh. */
        FINISHED
    }

    private volatile Instant lastLogged = Instant.EPOCH;

    private final JdbcClient jdbc;
    private final ProjectionStatus status;
    private final TransactionTemplate transaction;
    private final int chunkItems;
    private final int workers;
    private final ExecutorService pool;
    private final AtomicBoolean working = new AtomicBoolean();

    /**
     * @param chunkItems items per transaction: 500 keeps each well inside the statement time limit (15 s) even on a
     *     loaded machine, and a live batch of the items processor waits at most for the ranges in progress
     * @param workers ranges recomputed at once on this node: one per core of a two-core node, where one worker left a
     *     core idle (issue #17)
     */
    CurrentStateRecomputation(
            JdbcClient jdbc,
            ProjectionStatus status,
            PlatformTransactionManager transactions,
            @Value("${tracker.recomputation.chunk-items:500}") int chunkItems,
            @Value("${tracker.recomputation.workers:2}") int workers) {
        this.jdbc = jdbc;
        this.status = status;
        this.transaction = new TransactionTemplate(transactions);
        this.chunkItems = chunkItems;
        this.workers = workers;
        this.pool = Executors.newFixedThreadPool(workers, runnable -> Thread.ofPlatform()
                .daemon()
                .name("current-state-recomputation")
                .unstarted(runnable));
    }

    /** Starts this node's workers if the tables are stale and they are not running; DONE once the tables are fresh. */
    @Override
    public Step step() {
        if (!CurrentRows.stale(jdbc)) {
            return Step.DONE;
        }
        startWorkers();
        return Step.PROGRESSED;
    }

    /**
     * Resumes a recomputation that no rebuild is watching any more (its node stopped), or that another node left: the
     * ranges say what is left. Every few seconds, a single read while nothing is stale.
     */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void resume() {
        try {
            step();
        } catch (RuntimeException e) {
            log.warn("Recomputing the current-state table failed; will try again: {}", e.getMessage());
        }
    }

    private void startWorkers() {
        if (!working.compareAndSet(false, true)) {
            return;
        }
        CompletableFuture.allOf(IntStream.range(0, workers)
                        .mapToObj(worker -> CompletableFuture.runAsync(this::work, pool))
                        .toArray(CompletableFuture[]::new))
                .whenComplete((done, failure) -> working.set(false));
    }

    private void work() {
        try {
            Outcome outcome;
            do {
                outcome = next();
            } while (outcome == Outcome.CLAIMED || outcome == Outcome.LAID_OUT);
        } catch (RuntimeException e) {
            log.warn("Recomputing the current-state table failed; will try again: {}", e.getMessage());
        }
    }

    /** One unit of the work, in its own transaction: lays the ranges out, recomputes one, or finishes. */
    Outcome next() {
        Map<String, Object> state = state("");
        if (!(Boolean) state.get("stale")) {
            return Outcome.FRESH;
        }
        if (replaying(state)) {
            return Outcome.REPLAYING;
        }
        if (!(Boolean) state.get("chunks_laid_out")) {
            return transaction.execute(tx -> layOut());
        }
        Outcome outcome = transaction.execute(tx -> claim());
        return outcome == Outcome.ALL_CLAIMED && noRangeLeft() ? transaction.execute(tx -> finish()) : outcome;
    }

    /**
     * Every replayed event must be applied first, late commits included (completeThrough counts a gap as not applied).
     */
    private boolean replaying(Map<String, Object> state) {
        Long replayedThrough = (Long) state.get("replayed_through");
        return replayedThrough != null && status.completeThrough(ProcessingGroups.ITEMS) < replayedThrough;
    }

    /**
     * Under the state row's lock, so that one worker lays the ranges out; the reset that marks the tables stale takes
     * that lock first too. The last range has no upper bound, so that an item created meanwhile is in one.
     */
    private Outcome layOut() {
        Map<String, Object> state = state("FOR UPDATE");
        if (!(Boolean) state.get("stale") || (Boolean) state.get("chunks_laid_out")) {
            return Outcome.LAID_OUT;
        }
        // Again under the lock: a rebuild's reset may have come since the first read (it lays nothing out, so the
        // ranges, once laid out, belong to a recomputation whose replay was applied).
        if (replaying(state)) {
            return Outcome.REPLAYING;
        }
        // The replay filled the versioned tables since their statistics were last taken; planned on the old ones, the
        // per-item lookups of the recomputation chose whole-table walks.
        jdbc.sql("SELECT analyze_read_models()").query().listOfRows();
        // The rectangles' indexes are built once at the end instead of kept row by row (db/V340).
        jdbc.sql("SELECT item_derived_indexes_set_aside()").query().listOfRows();
        jdbc.sql("INSERT INTO rm_item_current_chunk (after_item, through_item)"
                        + " SELECT coalesce(lag(item_id) OVER (ORDER BY item_id), ''),"
                        + " CASE WHEN lead(item_id) OVER (ORDER BY item_id) IS NULL THEN NULL ELSE item_id END"
                        + " FROM (SELECT item_id, row_number() OVER (ORDER BY item_id) AS n FROM rm_item) i"
                        + " WHERE n % :chunk = 0 OR n = (SELECT count(*) FROM rm_item)")
                .param("chunk", chunkItems)
                .update();
        jdbc.sql("UPDATE rm_item_current_state SET chunks_laid_out = true").update();
        return Outcome.LAID_OUT;
    }

    /**
     * Holds the state row shared, as every range in progress does: the reset and the finish, which update it, wait for
     * the ranges in progress, and those they start wait for them.
     */
    private Outcome claim() {
        Map<String, Object> state = state("FOR SHARE");
        if (!(Boolean) state.get("stale")) {
            return Outcome.FRESH;
        }
        if (!(Boolean) state.get("chunks_laid_out")) {
            return Outcome.LAID_OUT;
        }
        var range = jdbc.sql("SELECT after_item, coalesce(through_item, '') AS through_item FROM rm_item_current_chunk"
                        + " ORDER BY after_item LIMIT 1 FOR UPDATE SKIP LOCKED")
                .query()
                .listOfRows();
        if (range.isEmpty()) {
            return Outcome.ALL_CLAIMED;
        }
        String after = (String) range.getFirst().get("after_item");
        String through = (String) range.getFirst().get("through_item");
        jdbc.sql("SELECT item_current_recompute(ARRAY(SELECT item_id FROM rm_item"
                        + " WHERE item_id > :after AND (item_id <= :through OR :through = '')))")
                .param("after", after)
                .param("through", through)
                .query()
                .listOfRows();
        jdbc.sql("DELETE FROM rm_item_current_chunk WHERE after_item = :after")
                .param("after", after)
                .update();
        logProgress();
        return Outcome.CLAIMED;
    }

    /** The state row (db/V220, V320), read under {@code lock}: FOR SHARE, FOR UPDATE, or none. */
    private Map<String, Object> state(String lock) {
        return jdbc.sql("SELECT stale, chunks_laid_out, replayed_through FROM rm_item_current_state " + lock)
                .query()
                .singleRow();
    }

    private boolean noRangeLeft() {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM rm_item_current_chunk)")
                .query(Boolean.class)
                .single();
    }

    /**
     * Under the state row's lock, which waits for the ranges in progress; item_derived_fill takes the live batches'
     * lock, so a batch comes wholly before or after.
     */
    private Outcome finish() {
        Map<String, Object> state = state("FOR UPDATE");
        if (!(Boolean) state.get("stale")) {
            return Outcome.FRESH;
        }
        if (!(Boolean) state.get("chunks_laid_out") || !noRangeLeft()) {
            // Reset meanwhile, or a range's worker stopped and rolled back: the workers go on.
            return Outcome.LAID_OUT;
        }
        // 10-20 s at 100,000 items with the indexes set aside, which may pass the connections' statement limit on a
        // loaded machine.
        jdbc.sql("SET LOCAL statement_timeout = '10min'").update();
        jdbc.sql("SELECT item_derived_indexes_restore()").query().listOfRows();
        jdbc.sql("SELECT item_derived_fill()").query().listOfRows();
        jdbc.sql("UPDATE rm_item_current_state SET stale = false, chunks_laid_out = false, replayed_through = NULL")
                .update();
        log.info("Current-state table recomputed: today's reads use it again");
        return Outcome.FINISHED;
    }

    /**
     * At most every few seconds: counting the ranges left is a pass over a small table, but once per range it was work
     * done for a log line alone.
     */
    private void logProgress() {
        Instant now = Instant.now();
        if (now.isBefore(lastLogged.plus(LOG_EVERY))) {
            return;
        }
        lastLogged = now;
        log.info(
                "Current-state table: {} ranges of {} items left to recompute",
                jdbc.sql("SELECT count(*) FROM rm_item_current_chunk")
                        .query(Long.class)
                        .single(),
                chunkItems);
    }
}
