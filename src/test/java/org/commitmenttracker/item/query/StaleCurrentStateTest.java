package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.TestDatabase;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/**
 * A rebuild's replay, and a migration that redefines them, leave the current-state table and its tallies empty and
 * marked stale (db/V220, item_derived_reset); until their recomputation has run, today's reads must give the answers
 * they gave before, from the versioned tables. The test stages what a migration's reset (or a rebuild interrupted after
 * its replay) leaves: the flag set, the tallies empty and only some current-state rows there, refreshed by live batches
 * since. The recomputation is held back meanwhile by the advisory lock that every writer of the tallies takes; once it
 * is let go, the tables must come back row for row.
 */
class StaleCurrentStateTest extends IntegrationTest {

    @Test
    void todaysReadsFallBackToHistoryWhileStaleAndTheRecomputationRestoresTheTables() throws SQLException {
        ItemScenario scenario = ItemScenario.shared(api);
        Projections.awaitCaughtUp(api);
        Instant beforeTheHistory = Instant.now();
        new RandomHistory(new World(api), 4711L).batch(0, 40);
        Projections.awaitCaughtUp(api);
        List<String> reads = List.of(
                "/api/items?size=500",
                "/api/items?open=true&sort=DUE&size=30",
                "/api/items?kind=PLEDGE&party=" + scenario.arm,
                // Past axes read the as-of rectangles (rm_item_span, db/V230), computed from history while stale.
                "/api/items?size=500&asOf=2021-06-15",
                "/api/items?open=true&size=500&knownAt=" + beforeTheHistory,
                // The search's own rows (rm_item_text_span, db/V255) answer these, the list's path while stale.
                "/api/items?q=item&sort=RELEVANCE&size=50&asOf=2022-10-01",
                "/api/items?q=item&sort=RELEVANCE&size=3&page=1",
                "/api/items?q=conference&sort=RELEVANCE&direction=ASC&size=500&knownAt=" + beforeTheHistory,
                "/api/dashboard",
                "/api/scorecard?size=500",
                // The dashboard and the scorecards at past axes read the rectangles too (ItemSpanTally,
                // ItemRows.scope).
                "/api/dashboard?top=5&asOf=2022-10-01",
                "/api/dashboard?body=" + scenario.council + "&knownAt=" + beforeTheHistory,
                "/api/scorecard?size=500&asOf=2021-06-15",
                "/api/scorecard?size=500&knownAt=" + beforeTheHistory,
                "/api/parties/" + scenario.arm + "/scorecard?asOf=2022-10-01",
                "/api/sessions/" + scenario.s2,
                // At past axes the lists about the session's date take the items changed since (SessionItemLists).
                "/api/sessions/" + scenario.s2 + "?size=500&knownAt=" + beforeTheHistory,
                "/api/sessions/" + scenario.s3 + "?size=500&asOf=2023-01-15");
        Map<String, String> answers = answers(reads);
        reads.stream()
                .filter(path -> path.contains("q="))
                .forEach(path -> assertThat(answers.get(path)).as(path).doesNotContain("\"total\":0"));
        Map<String, List<String>> tables = dump();
        assertThat(tables.get("rm_item_tally")).isNotEmpty();
        assertThat(tables.get("rm_item_scorecard_cell")).isNotEmpty();

        try (Connection staging = connect()) {
            // Session-level, so held after the staging commits: the recomputation waits for it in its first chunk.
            execute(staging, "SELECT pg_advisory_lock(hashtext('rm_item_tally'))");
            staging.setAutoCommit(false);
            // What a migration that redefines the derived tables does (R__item_functions_5_current.sql's last line).
            execute(staging, "SELECT item_derived_reset(NULL)");
            for (String table : DerivedTables.ALL) {
                assertThat(count(staging, table)).as(table).isZero();
            }
            // Items refreshed by live batches after the replay: half of them, in their own way.
            execute(
                    staging,
                    "SELECT item_current_refresh(ARRAY(SELECT item_id FROM rm_item WHERE item_id < (SELECT"
                            + " percentile_disc(0.5) WITHIN GROUP (ORDER BY item_id) FROM rm_item)))");
            staging.commit();
            assertThat(dump().get("rm_item_current"))
                    .isNotEmpty()
                    .hasSizeLessThan(tables.get("rm_item_current").size());

            assertThat(answers(reads)).isEqualTo(answers);
            assertThat(stale()).isTrue();
        }

        awaitRecomputed();
        assertThat(dump()).isEqualTo(tables);
        assertThat(answers(reads)).isEqualTo(answers);
    }

    private Map<String, String> answers(List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            var response = api.get(path);
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            // The instant each answer was read at differs from read to read, and is not what is compared.
            answers.put(path, response.body().replaceAll("\"knownAt\":\"[^\"]*\"", ""));
        }
        return answers;
    }

    private void awaitRecomputed() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (stale()) {
            assertThat(Instant.now()).as("recomputed within a minute").isBefore(deadline);
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private boolean stale() {
        return jdbc.sql("SELECT stale FROM rm_item_current_state")
                .query(Boolean.class)
                .single();
    }

    private Map<String, List<String>> dump() {
        return DerivedTables.dump(jdbc);
    }

    private static Connection connect() throws SQLException {
        TestDatabase database = TestDatabase.shared();
        return DriverManager.getConnection(database.url(), database.username(), database.password());
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
