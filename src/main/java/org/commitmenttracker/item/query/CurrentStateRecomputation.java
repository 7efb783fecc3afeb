package org.commitmenttracker.item.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.commitmenttracker.eventstore.projection.DeferredDuringReplay;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the current-state table and the tables derived with it (db/V170, V180, V185, V230) once they are marked
 * stale (item_derived_reset): after a rebuild's replay, which leaves them alone ({@link ReplayedEvents}), or after a
 * migration that redefines them. In chunks of items in item order, in the background. Each chunk is one transaction
 * that holds the table's state row (db/V220), so nodes take turns and a node stopped halfway leaves a cursor the next
 * chunk resumes from. The recomputation is item_current_refresh, the function live batches call, from the versioned
 * tables the replay wrote: so the result is what the events give, as if each batch had refreshed its items. The
 * rectangles' steps (db/V284), which that function leaves alone while the tables are stale, are then filled from every
 * rectangle at once, in the transaction that marks the tables fresh.
 */
@Component
class CurrentStateRecomputation implements DeferredDuringReplay {

    private static final Logger log = LoggerFactory.getLogger(CurrentStateRecomputation.class);
    /**
     * Items per transaction: well inside the statement time limit (15 s) even on a loaded machine, and each chunk's
     * locks are held briefly, so live batches of the items processor wait little behind it.
     */
    static final int CHUNK = 500;

    private static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private volatile Instant lastLogged = Instant.EPOCH;

    private final JdbcClient jdbc;
    private final ProjectionStatus status;
    private final TransactionTemplate transaction;

    CurrentStateRecomputation(JdbcClient jdbc, ProjectionStatus status, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.status = status;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public Step step() {
        if (!CurrentRows.stale(jdbc)) {
            return Step.DONE;
        }
        return transaction.execute(tx -> chunk());
    }

    /**
     * Resumes a recomputation that no rebuild is watching any more (its node stopped): the state row says what is left.
     * Every few seconds, a single read while nothing is stale.
     */
    @Scheduled(initialDelayString = "PT5S", fixedDelayString = "PT5S")
    void resume() {
        try {
            while (step() == Step.PROGRESSED) {
                // one chunk per transaction until done, or until replayed events are found still to apply
            }
        } catch (RuntimeException e) {
            log.warn("Recomputing the current-state table failed; will try again: {}", e.getMessage());
        }
    }

    private Step chunk() {
        Map<String, Object> state = jdbc.sql("SELECT stale, coalesce(recomputed_through, '') AS after,"
                        + " replayed_through FROM rm_item_current_state FOR UPDATE")
                .query()
                .singleRow();
        if (!(Boolean) state.get("stale")) {
            return Step.DONE;
        }
        // Read under the lock: a reset marks the table stale in the transaction that stores the reset tokens. Every
        // replayed event must be applied first, late commits included (completeThrough counts a gap as not applied).
        Long replayedThrough = (Long) state.get("replayed_through");
        if (replayedThrough != null && status.completeThrough(ProcessingGroups.ITEMS) < replayedThrough) {
            return Step.WAITING;
        }
        String after = (String) state.get("after");
        if (after.isEmpty()) {
            // The replay filled the versioned tables since their statistics were last taken; planned on the old ones,
            // the per-item lookups of the recomputation chose whole-table walks.
            jdbc.sql("SELECT analyze_read_models()").query().listOfRows();
        }
        String last = jdbc.sql("SELECT max(item_id) FROM (SELECT item_id FROM rm_item WHERE item_id > :after"
                        + " ORDER BY item_id LIMIT :chunk) c")
                .param("after", after)
                .param("chunk", CHUNK)
                .query(String.class)
                .list()
                .getFirst();
        if (last == null) {
            // The rectangles' steps (db/V284), which the chunks leave alone, from every rectangle at once: 5-8 s at
            // 100,000 items, which on a loaded machine may pass the connections' statement limit.
            jdbc.sql("SET LOCAL statement_timeout = '10min'").update();
            jdbc.sql("SELECT item_span_steps_fill()").query().listOfRows();
            jdbc.sql("UPDATE rm_item_current_state SET stale = false, recomputed_through = NULL,"
                            + " replayed_through = NULL")
                    .update();
            log.info("Current-state table recomputed: today's reads use it again");
            return Step.DONE;
        }
        jdbc.sql("SELECT item_current_refresh(ARRAY(SELECT item_id FROM rm_item"
                        + " WHERE item_id > :after AND item_id <= :last))")
                .param("after", after)
                .param("last", last)
                .query()
                .listOfRows();
        jdbc.sql("UPDATE rm_item_current_state SET recomputed_through = :last")
                .param("last", last)
                .update();
        logProgress(last);
        return Step.PROGRESSED;
    }

    /**
     * At most every few seconds: counting the items done is a pass over rm_item's index, which once per chunk (about
     * 200 chunks at 100,000 items) was work done for a log line alone.
     */
    private void logProgress(String last) {
        Instant now = Instant.now();
        if (now.isBefore(lastLogged.plus(LOG_EVERY))) {
            return;
        }
        lastLogged = now;
        Map<String, Object> counts = jdbc.sql(
                        "SELECT count(*) FILTER (WHERE item_id <= :last) AS done, count(*) AS items FROM rm_item")
                .param("last", last)
                .query()
                .singleRow();
        log.info("Current-state table: recomputed {} of {} items", counts.get("done"), counts.get("items"));
    }
}
