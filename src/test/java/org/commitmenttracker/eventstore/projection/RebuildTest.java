package org.commitmenttracker.eventstore.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * A full replay leaves every read-model table exactly as it was, row for row. The test adds a random history of its own
 * (corrections of world dates included), so the replay has real work whatever other tests ran before it.
 */
@ExtendWith(OutputCaptureExtension.class)
class RebuildTest extends IntegrationTest {

    @Test
    void readModelsAreIdenticalAfterAFullReplay(CapturedOutput log) {
        ItemScenario.shared(api);
        RandomHistory history = new RandomHistory(new World(api), 77L);
        for (int batch = 0; batch < 4; batch++) {
            history.batch(batch, 50);
        }
        Projections.awaitCaughtUp(api);
        Map<String, List<String>> before = dump();
        assertThat(before.get("rm_item")).isNotEmpty();
        assertThat(before.get("rm_item_status")).isNotEmpty();
        assertThat(before.get("rm_audit_event")).hasSizeGreaterThanOrEqualTo((int) eventCount());

        HttpResponse<String> started = api.post("/api/admin/projections/rebuild", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        assertThat(Json.read(started.body()).get("eventsTotal").asLong()).isEqualTo(eventCount());
        assertThat(api.post("/api/admin/projections/rebuild", "").statusCode()).isEqualTo(409);

        JsonNode done = awaitDone();
        assertThat(done.get("eventsDone").asLong())
                .isEqualTo(done.get("eventsTotal").asLong());
        assertThat(done.get("eventsPerSecond").decimalValue()).isPositive();
        Projections.awaitCaughtUp(api);

        assertThat(dump()).isEqualTo(before);
        assertThat(log.getOut()).contains("Projection rebuild started: replaying", "Projection rebuild done:");
    }

    private JsonNode awaitDone() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            JsonNode progress =
                    Json.read(api.get("/api/admin/projections/rebuild").body());
            assertThat(progress.get("eventsDone").asLong())
                    .isLessThanOrEqualTo(progress.get("eventsTotal").asLong());
            if (progress.get("state").asString().equals("DONE")) {
                return progress;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("The rebuild did not finish in time");
    }

    /** Every read-model table, each row as PostgreSQL prints it, sorted. */
    private Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = jdbc.sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_name LIKE 'rm\\_%'""").query(String.class).list();
        assertThat(names).hasSizeGreaterThanOrEqualTo(11);
        for (String name : names) {
            tables.put(
                    name,
                    jdbc.sql("SELECT t::text FROM " + name + " t ORDER BY 1")
                            .query(String.class)
                            .list());
        }
        return tables;
    }
}
