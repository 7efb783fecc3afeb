package org.commitmenttracker.eventstore.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Events stored against events applied: a read model that lost or doubled an event is named, and health turns DOWN. */
class ReconciliationTest extends IntegrationTest {

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
