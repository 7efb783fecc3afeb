package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.TestDatabase;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The recomputation's ranges (db/V320) are recomputed side by side by several workers, and the shared tallies filled
 * once at the end (item_derived_fill): the tables must come out row for row as the live batches keep them, a range
 * whose worker stopped must be done by whoever resumes, and live batches that run meanwhile must end correct. The tests
 * run with ranges of 3 items (IntegrationTest), so that their items make several.
 */
class ParallelRecomputationTest extends IntegrationTest {

    private static final String WRITERS_LOCK = "hashtext('rm_item_tally')";

    @Autowired
    private CurrentStateRecomputation recomputation;

    @Test
    void twoWorkersRecomputeRangesAtOnceToTheTablesTheLiveBatchesKept() throws SQLException {
        new RandomHistory(new World(api), 5150L).batch(0, 60);
        Projections.awaitCaughtUp(api);
        Map<String, List<String>> kept = DerivedTables.dump(jdbc);
        assertThat(kept.get("rm_item_tally")).isNotEmpty();
        assertThat(kept.get("rm_item_score_step")).isNotEmpty();
        List<String> indexes = rectangleIndexes();
        assertThat(indexes).hasSizeGreaterThan(5);

        try (Connection writer = connect()) {
            // Held as a live batch holds it: the ranges claimed meanwhile wait for it, each in its own transaction.
            execute(writer, "SELECT pg_advisory_lock(" + WRITERS_LOCK + ")");
            execute(writer, "SELECT item_derived_reset(NULL)");
            recomputation.step();
            await("ranges laid out", this::laidOut);
            assertThat(rangesLeft()).isGreaterThan(2);
            await("two ranges claimed at once", () -> rangesWaitingForTheLock() >= 2);
            assertThat(rectangleIndexes())
                    .as("the rectangles' indexes set aside while the ranges are recomputed (db/V340)")
                    .containsExactly(indexes.stream()
                            .filter(index -> index.contains("rm_item_span_item_idx"))
                            .toArray(String[]::new));
            execute(writer, "SELECT pg_advisory_unlock(" + WRITERS_LOCK + ")");
        }
        await("recomputed", () -> !stale());
        assertThat(DerivedTables.dump(jdbc)).isEqualTo(kept);
        assertThat(rectangleIndexes()).as("built again as they were").isEqualTo(indexes);
    }

    private List<String> rectangleIndexes() {
        return jdbc.sql("SELECT indexdef FROM pg_indexes WHERE tablename = 'rm_item_span' ORDER BY indexname")
                .query(String.class)
                .list();
    }

    @Test
    void aRangeWhoseWorkerStoppedIsDoneByWhoeverResumesAndLiveBatchesMeanwhileEndCorrect() throws SQLException {
        RandomHistory history = new RandomHistory(new World(api), 6160L);
        history.batch(0, 60);
        Projections.awaitCaughtUp(api);
        try (Connection writer = connect();
                Connection stopped = connect()) {
            execute(writer, "SELECT pg_advisory_lock(" + WRITERS_LOCK + ")");
            execute(writer, "SELECT item_derived_reset(NULL)");
            recomputation.step();
            await("ranges laid out", this::laidOut);
            // A worker of another node, halfway through the last range when it stops: it holds the range, as every
            // worker holds the state row shared.
            stopped.setAutoCommit(false);
            execute(stopped, "SELECT 1 FROM rm_item_current_state FOR SHARE");
            execute(
                    stopped,
                    "SELECT after_item FROM rm_item_current_chunk ORDER BY after_item DESC LIMIT 1"
                            + " FOR UPDATE SKIP LOCKED");
            assertThat(rangesLeft()).isGreaterThan(2);
            // Live batches while the ranges are recomputed: they wait for the ranges in progress, and these for them.
            history.batch(1, 30);
            execute(writer, "SELECT pg_advisory_unlock(" + WRITERS_LOCK + ")");

            await("every other range done", () -> rangesLeft() == 1);
            assertThat(recomputation.next()).isEqualTo(CurrentStateRecomputation.Outcome.ALL_CLAIMED);
            assertThat(stale()).as("not marked fresh while a range is left").isTrue();
            stopped.rollback();
        }
        recomputation.step();
        await("recomputed after the stopped worker's range was claimed again", () -> !stale());
        Projections.awaitCaughtUp(api);
        Map<String, List<String>> recomputed = DerivedTables.dump(jdbc);

        // The same events recomputed with nothing else running.
        jdbc.sql("SELECT item_derived_reset(NULL)").query().listOfRows();
        recomputation.step();
        await("recomputed again", () -> !stale());
        assertThat(recomputed).isEqualTo(DerivedTables.dump(jdbc));
    }

    private long rangesWaitingForTheLock() {
        return jdbc.sql("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND mode = 'ShareLock'"
                        + " AND NOT granted AND database = (SELECT oid FROM pg_database"
                        + " WHERE datname = current_database())")
                .query(Long.class)
                .single();
    }

    private long rangesLeft() {
        return jdbc.sql("SELECT count(*) FROM rm_item_current_chunk")
                .query(Long.class)
                .single();
    }

    private boolean laidOut() {
        return jdbc.sql("SELECT chunks_laid_out FROM rm_item_current_state")
                .query(Boolean.class)
                .single();
    }

    private boolean stale() {
        return jdbc.sql("SELECT stale FROM rm_item_current_state")
                .query(Boolean.class)
                .single();
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(what + " within a minute").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Connection connect() throws SQLException {
        TestDatabase database = TestDatabase.shared();
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
