package org.commitmenttracker.eventstore.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import tools.jackson.databind.JsonNode;

/** Events stored against events applied: a read model that lost or doubled an event is named, and health turns DOWN. */
class ReconciliationTest extends IntegrationTest {

    @Autowired
    Reconciliation reconciliation;

    @Autowired
    ProjectionStatus projections;

    @Test
    void aSkippedOrDoubledEventIsReportedPerItemAndInHealth() {
        Register register = new Register(api);
        String item = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        api.post("/api/items/" + item + "/status-changes", Fixtures.statusChange("IN_PROGRESS"));
        Projections.awaitEveryTokenPastHead(api);
        assertThat(report().get("consistent").asBoolean())
                .as(report().toString())
                .isTrue();
        assertThat(api.get("/actuator/health").body()).contains("\"reconciliation\":{", "\"status\":\"UP\"");
        assertThat(anonymous.get("/actuator/health").body()).doesNotContain("reconciliation");

        // A skipped event: the read model lacks version 1 of the item.
        // A plain table, not TEMP: each statement here may run on a different pooled connection.
        owner().sql(
                        "CREATE TABLE reconciliation_saved AS SELECT * FROM rm_item_event WHERE item_id = ? AND version = 1")
                .param(item)
                .update();
        jdbc.sql("DELETE FROM rm_item_event WHERE item_id = ? AND version = 1")
                .param(item)
                .update();
        // Health reports the reconciliation run a moment ago instead of a new full count per probe...
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
        // ...until one is run: the admin's report finds the skipped event, and health reports that run.
        JsonNode skipped = mismatchOf(item);
        assertThat(skipped.get("stored").asLong()).isEqualTo(2);
        assertThat(skipped.get("applied").asLong()).isEqualTo(1);
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(503);

        // A doubled event: one more applied than stored.
        owner().sql("INSERT INTO rm_item_event SELECT * FROM reconciliation_saved")
                .update();
        owner().sql(
                        "INSERT INTO rm_item_event SELECT item_id, 7, event_type, world_date, recorded_at, recorded_by FROM reconciliation_saved")
                .update();
        assertThat(mismatchOf(item).get("problem").asString()).isEqualTo("more applied than stored");

        jdbc.sql("DELETE FROM rm_item_event WHERE item_id = ? AND version = 7")
                .param(item)
                .update();
        owner().sql("DROP TABLE reconciliation_saved").update();
        assertThat(report().get("consistent").asBoolean()).isTrue();
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
    }

    /**
     * A probe never waits for a whole count: past the maximum age it is given the latest report at once, and a new run
     * starts behind it, which the next probe reports.
     */
    @Test
    void anOldReportIsAnsweredAtOnceWhileANewRunTakesItsPlace() {
        Register register = new Register(api);
        String item = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        Projections.awaitEveryTokenPastHead(api);
        // A run now: no report is older than the default maximum age while this test runs, so only the probe below
        // starts a background run.
        assertThat(reconciliation.run().consistent()).isTrue();
        Reconciliation.Checked consistent =
                reconciliation.recent(Duration.ofHours(1)).orElseThrow();

        owner().sql("CREATE TABLE reconciliation_background AS SELECT * FROM rm_item_event WHERE item_id = ?")
                .param(item)
                .update();
        jdbc.sql("DELETE FROM rm_item_event WHERE item_id = ?").param(item).update();
        try {
            Reconciliation.Checked answered =
                    reconciliation.recent(Duration.ZERO).orElseThrow();
            assertThat(answered.report().consistent())
                    .as("the report on hand, not a new run")
                    .isTrue();
            await().atMost(30, TimeUnit.SECONDS).until(() -> !reconciliation
                    .recent(Duration.ofHours(1))
                    .orElseThrow()
                    .report()
                    .consistent());
            assertThat(reconciliation.recent(Duration.ofHours(1)).orElseThrow().at())
                    .isAfter(consistent.at());
        } finally {
            owner().sql("INSERT INTO rm_item_event SELECT * FROM reconciliation_background")
                    .update();
            owner().sql("DROP TABLE reconciliation_background").update();
            reconciliation.run();
        }
        assertThat(reconciliation
                        .recent(Duration.ofHours(1))
                        .orElseThrow()
                        .report()
                        .consistent())
                .isTrue();
    }

    /**
     * Nor does the first probe after a start wait for the first count: it is told there is no report yet, and a later
     * probe gets the run it started.
     */
    @Test
    void theFirstProbeIsAnsweredAtOnceWhileTheFirstRunCounts() {
        Reconciliation fresh = new Reconciliation(jdbc, projections);
        assertThat(new ReconciliationHealthIndicator(fresh, Duration.ofHours(1))
                        .health()
                        .getStatus())
                .as("no report before the first run ends")
                .isEqualTo(Status.UNKNOWN);
        await().atMost(30, TimeUnit.SECONDS)
                .until(() -> fresh.recent(Duration.ofHours(1)).isPresent());
        assertThat(fresh.recent(Duration.ofHours(1)).orElseThrow().report().consistent())
                .isTrue();
    }

    /** A first count that fails is reported DOWN with its error, not left looking as if it were still running. */
    @Test
    void aFailedFirstCountIsDownNotRunning() {
        JdbcClient unreachable = JdbcClient.create(
                new SimpleDriverDataSource(new org.postgresql.Driver(), "jdbc:postgresql://127.0.0.1:1/nothing"));
        Reconciliation broken = new Reconciliation(unreachable, projections);
        var health = new ReconciliationHealthIndicator(broken, Duration.ofHours(1));
        assertThat(broken.recent(Duration.ofHours(1))).isEmpty();
        await().atMost(30, TimeUnit.SECONDS).until(() -> broken.lastFailure().isPresent());
        Health down = health.health();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails()).containsKeys("error", "failedAt");
        assertThat(broken.recent(Duration.ofHours(1))).isEmpty();
    }

    private JsonNode report() {
        return Json.read(api.get("/api/admin/reconciliation").body());
    }

    private JsonNode mismatchOf(String item) {
        JsonNode report = report();
        assertThat(report.get("consistent").asBoolean()).isFalse();
        for (JsonNode processor : report.get("processors")) {
            if (processor.get("processor").asString().equals("items")) {
                return processor
                        .get("mismatches")
                        .valueStream()
                        .filter(m -> m.get("aggregateId").asString().equals(item))
                        .findFirst()
                        .orElseThrow();
            }
        }
        throw new AssertionError("no items processor in " + report);
    }
}
