package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 8, tamper evidence. Runs on a database of its own, because it breaks chains on purpose and every other test may
 * verify the shared one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TamperEvidenceTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DATABASE.register(registry);
        registry.add("tracker.security.admin.username", () -> IntegrationTest.ADMIN);
        registry.add("tracker.security.admin.password", () -> IntegrationTest.ADMIN_PASSWORD);
    }

    @BeforeEach
    void connect() {
        api = new Api("http://localhost:" + port).as(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void eachKindOfTamperingIsReportedAtItsPosition() throws Exception {
        Scene scene = Scene.record(api);
        String altered = itemWithFourEvents(scene);
        String deleted = itemWithFourEvents(scene);
        String swapped = itemWithFourEvents(scene);
        String truncated = itemWithFourEvents(scene);
        JsonNode before = verify();
        assertThat(before.get("intact").asBoolean()).as(before.toString()).isTrue();
        assertThat(before.get("eventsChecked").asLong()).isEqualTo(eventCount());

        try (Attacker attacker = new Attacker(DATABASE)) {
            attacker.alterOneByte(altered, 1);
            attacker.delete(deleted, 1);
            attacker.swap(swapped, 1, 2);
            attacker.truncateFrom(truncated, 2);
        }

        JsonNode after = verify();
        Map<String, JsonNode> breaks = new HashMap<>();
        after.get("breaks").forEach(b -> breaks.put(b.get("aggregate").asString(), b));
        System.out.printf(
                "RELIABILITY tamper evidence: events=%d, tamperings injected=4, aggregates reported broken=%d, %s%n",
                before.get("eventsChecked").asLong(),
                after.get("brokenAggregates").asLong(),
                breaks.values());
        assertThat(after.get("intact").asBoolean()).isFalse();
        assertThat(breaks).as("only the tampered aggregates").containsOnlyKeys(altered, deleted, swapped, truncated);
        assertBreak(breaks.get(altered), 1, "hash does not match");
        assertBreak(breaks.get(deleted), 1, "event 1 is missing");
        assertBreak(breaks.get(swapped), 1, "hash does not match");
        assertBreak(breaks.get(truncated), 2, "missing from the end");
        assertThat(after.get("firstBreak")).isEqualTo(after.get("breaks").get(0));
    }

    @Test
    void theApplicationsConnectionCannotChangeOrRemoveEvents() {
        Scene scene = Scene.record(api);
        String item = itemWithFourEvents(scene);
        long events = eventCount();
        List<String> refused = List.of(
                "UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = '" + item + "'",
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + item + "'",
                "TRUNCATE domain_event_entry",
                "UPDATE event_chain_head SET last_sequence = 0 WHERE aggregate_identifier = '" + item + "'",
                "DELETE FROM event_chain_head WHERE aggregate_identifier = '" + item + "'",
                "TRUNCATE event_chain_head");
        for (String statement : refused) {
            // 42501: refused by db/V32's triggers, or by missing grants now that the application's role owns nothing.
            assertThatThrownBy(() -> jdbc.sql(statement).update())
                    .as(statement)
                    .isInstanceOf(DataAccessException.class)
                    .rootCause()
                    .satisfies(cause -> assertThat(((java.sql.SQLException) cause).getSQLState())
                            .isEqualTo("42501"));
        }
        assertThat(eventCount()).isEqualTo(events);
        // The other test of this class breaks chains on purpose; this item's chain must still hold.
        assertThat(verify().get("breaks").findValuesAsString("aggregate")).doesNotContain(item);
        System.out.printf(
                "RELIABILITY append-only: statements tried through the application's connection=%d, refused=%d%n",
                refused.size(), refused.size());
    }

    private String itemWithFourEvents(Scene scene) {
        String item = scene.decision();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/items/" + item + "/follow-ups", scene.followUp("f" + i))
                            .statusCode())
                    .isEqualTo(200);
        }
        return item;
    }

    private JsonNode verify() {
        var answer = api.get("/api/admin/integrity");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Scene.JSON.readTree(answer.body());
    }

    private long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private static void assertBreak(JsonNode chainBreak, long sequence, String reason) {
        assertThat(chainBreak.get("sequence").asLong())
                .as(chainBreak.toString())
                .isEqualTo(sequence);
        assertThat(chainBreak.get("reason").asString()).contains(reason);
    }
}
