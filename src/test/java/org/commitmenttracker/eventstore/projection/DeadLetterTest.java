package org.commitmenttracker.eventstore.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A handler that fails sends its event, and every later event of the same item, to the JDBC dead-letter queue: nothing
 * is logged and skipped, nothing is half-written, other items go on, and a retry after the cause is fixed projects them
 * all.
 */
class DeadLetterTest extends IntegrationTest {

    @AfterEach
    void removePoison() {
        owner().sql("DROP TRIGGER IF EXISTS poison_statement ON rm_item_statement")
                .update();
        owner().sql("DROP FUNCTION IF EXISTS poison_statement()").update();
    }

    @Test
    void aFailingEventIsDeadLetteredAndRetriedOnceFixed() {
        World world = new World(api);
        String party = world.party("DLQ");
        String body = world.body("DLQB", List.of(party));
        String session = world.session(body, "2024-05-01", party, map());
        String poison = "Poisoned pledge " + party;
        owner().sql("""
                CREATE FUNCTION poison_statement() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.title LIKE 'Poisoned pledge%' THEN RAISE EXCEPTION 'projection refused %', NEW.title; END IF;
                    RETURN NEW;
                END $$""").update();
        owner().sql(
                        "CREATE TRIGGER poison_statement BEFORE INSERT ON rm_item_statement FOR EACH ROW EXECUTE FUNCTION poison_statement()")
                .update();

        String failing = world.pledge(session, party, "2024-05-01", map("title", poison));
        world.status(failing, "IN_PROGRESS", "2024-06-01");
        String healthy = world.pledge(session, party, "2024-05-01", map("title", "Healthy pledge"));
        Projections.awaitCaughtUp(api);

        assertThat(deadLetters(failing)).isEqualTo(2);
        assertThat(jdbc.sql(
                                "SELECT cause_message FROM dead_letter_entry WHERE aggregate_identifier = ? ORDER BY sequence_index")
                        .param(failing)
                        .query(String.class)
                        .list()
                        .getFirst())
                .contains("projection refused");
        assertThat(rows("rm_item", failing)).as("no half-written item").isZero();
        assertThat(rows("rm_item", healthy)).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM rm_audit_event WHERE item_id = ?")
                        .param(failing)
                        .query(Long.class)
                        .single())
                .as("other processors carry on")
                .isEqualTo(2);
        JsonNode items = processor("items");
        assertThat(items.get("deadLetters").asLong()).isGreaterThanOrEqualTo(2);
        JsonNode parked =
                Json.read(api.get("/api/admin/projections/dead-letters").body());
        var parkedForItem = parked.valueStream()
                .filter(letter -> letter.get("aggregateId").asString().equals(failing))
                .toList();
        assertThat(parkedForItem)
                .as("admins can see what is parked")
                .extracting(letter -> letter.get("eventType").asString() + "@"
                        + letter.get("aggregateVersion").asLong())
                .containsExactly("PledgeGiven@0", "StatusChanged@1");
        assertThat(parkedForItem.getFirst().get("causeMessage").asString())
                .as("and why")
                .contains("projection refused");
        assertThat(anonymous.get("/api/admin/projections/dead-letters").statusCode())
                .isEqualTo(401);

        removePoison();
        JsonNode retried = Json.read(
                api.post("/api/admin/projections/dead-letters/retry", "").body());
        assertThat(retried.get("items").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(deadLetters(failing)).isZero();
        JsonNode row = Json.read(api.get("/api/items/" + failing).body()).get("item");
        assertThat(row.get("title").asString()).isEqualTo(poison);
        assertThat(row.get("status").asString()).isEqualTo("IN_PROGRESS");
    }

    private long deadLetters(String aggregateId) {
        return jdbc.sql(
                        "SELECT count(*) FROM dead_letter_entry WHERE processing_group = 'items' AND aggregate_identifier = ?")
                .param(aggregateId)
                .query(Long.class)
                .single();
    }

    private long rows(String table, String itemId) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE item_id = ?")
                .param(itemId)
                .query(Long.class)
                .single();
    }

    private JsonNode processor(String name) {
        for (JsonNode processor :
                Json.read(api.get("/api/admin/projections").body()).get("processors")) {
            if (processor.get("name").asString().equals(name)) {
                return processor;
            }
        }
        throw new AssertionError("no processor " + name);
    }
}
