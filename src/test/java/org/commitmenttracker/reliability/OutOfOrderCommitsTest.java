package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.junit.jupiter.api.Test;

/**
 * Many writers commit at once, so events reach the store out of global-index order: an event with a lower index becomes
 * visible after one with a higher index (a gap that fills later). Every read model must still hold every stored event
 * exactly once, and the audit log must place each event at its own index in the store. An audit row once took the
 * processor's token position (the highest index seen so far), so the event that filled a gap collided with an earlier
 * row and was dropped.
 */
class OutOfOrderCommitsTest extends IntegrationTest {

    private static final int WRITERS = 20;
    /** Before the fix, 10 pledges per writer lost 2 to 8 audit rows in each of three runs. */
    private static final int PLEDGES_EACH = Integer.getInteger("outOfOrder.pledgesPerWriter", 10);
    /** Rounds in one run; {@code -DoutOfOrder.rounds=20} repeats it as a soak. */
    private static final int ROUNDS = Integer.getInteger("outOfOrder.rounds", 2);

    @Test
    void concurrentWriters_everyStoredEventIsInEveryReadModelOnce() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            writeConcurrentlyThenCheckEveryReadModel();
            System.out.printf(
                    "RELIABILITY out-of-order commits: round %d of %d, %d writers x %d pledges, "
                            + "every event in every read model once%n",
                    round, ROUNDS, WRITERS, PLEDGES_EACH);
        }
    }

    private void writeConcurrentlyThenCheckEveryReadModel() throws Exception {
        Scene scene = Scene.record(api);
        long before = eventCountHead();

        List<String> acknowledged = recordPledgesConcurrently(scene);
        assertThat(acknowledged).hasSize(WRITERS * PLEDGES_EACH);
        Projections.awaitEveryTokenPastHead(api);

        assertThat(storedSince(before)).as("events stored by the writers").isEqualTo(WRITERS * PLEDGES_EACH);
        assertThat(auditRowsAtAnotherIndexOrMissing(before))
                .as("stored events whose audit row is missing or not at the event's own global index")
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM rm_audit_event WHERE global_index > ?")
                        .param(before)
                        .query(Long.class)
                        .single())
                .as("audit rows for the writers' events")
                .isEqualTo(WRITERS * PLEDGES_EACH);
        assertThat(itemEventsMissing(before))
                .as("stored item events missing from the items read model")
                .isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM rm_item WHERE item_id IN (:ids)")
                        .param("ids", acknowledged)
                        .query(Long.class)
                        .single())
                .as("items acknowledged and listed")
                .isEqualTo(acknowledged.size());

        HttpResponse<String> reconciliation = api.get("/api/admin/reconciliation");
        assertThat(reconciliation.body()).as("reconciliation after the load").contains("\"consistent\":true");
        assertThat(api.get("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    private List<String> recordPledgesConcurrently(Scene scene) throws Exception {
        List<Future<List<String>>> writers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(WRITERS)) {
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < PLEDGES_EACH; i++) {
                        HttpResponse<String> answer = api.post(
                                "/api/items/pledges",
                                Fixtures.pledge(scene.firstSession(), scene.party(), "2022-01-10"));
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                        ids.add(Scene.id(answer));
                    }
                    return ids;
                }));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> writer : writers) {
                all.addAll(writer.get());
            }
            return all;
        }
    }

    private long eventCountHead() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private long storedSince(long before) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE global_index > ?")
                .param(before)
                .query(Long.class)
                .single();
    }

    private List<Long> auditRowsAtAnotherIndexOrMissing(long before) {
        return jdbc.sql("""
                        SELECT e.global_index FROM domain_event_entry e
                        LEFT JOIN rm_audit_event a ON a.event_id = e.event_identifier
                        WHERE e.global_index > ? AND a.global_index IS DISTINCT FROM e.global_index
                        ORDER BY e.global_index""").param(before).query(Long.class).list();
    }

    private List<Long> itemEventsMissing(long before) {
        return jdbc.sql("""
                        SELECT e.global_index FROM domain_event_entry e
                        LEFT JOIN rm_item_event i ON i.item_id = e.aggregate_identifier AND i.version = e.sequence_number
                        WHERE e.global_index > ? AND e.type = 'Item' AND i.item_id IS NULL
                        ORDER BY e.global_index""").param(before).query(Long.class).list();
    }
}
