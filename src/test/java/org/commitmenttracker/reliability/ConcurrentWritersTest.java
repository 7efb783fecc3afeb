package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, concurrency: 32 writers on one item over real HTTP. Every success must own a distinct version that holds
 * exactly its fact; every loser must be told 409 or 412 in problem+json.
 */
class ConcurrentWritersTest extends IntegrationTest {

    private static final int WRITERS = 32;
    private static final int ROUNDS = 3;
    private static final Set<Integer> LOSING = Set.of(409, 412);

    private Scene scene;

    @BeforeEach
    void recordScene() {
        scene = Scene.record(api);
    }

    @Test
    void followUpsWithoutIfMatch_eachSuccessOwnsOneVersion() {
        String item = scene.decision();
        Tally tally = new Tally("follow-ups, no If-Match");
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "r" + round + "w";
            List<HttpResponse<String>> answers = Race.run(
                    WRITERS, writer -> api.post("/api/items/" + item + "/follow-ups", scene.followUp(prefix + writer)));
            tally.add(answers, writer -> prefix + writer);
        }
        tally.verify(jdbc, item, 1).print();
    }

    @Test
    void followUpsWithIfMatchOfTheVersionRead_exactlyOneWinsEachRound() {
        String item = scene.decision();
        Tally tally = new Tally("follow-ups, If-Match of the version read");
        long read = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String prefix = "m" + round + "w";
            String ifMatch = "\"" + read + "\"";
            List<HttpResponse<String>> answers = Race.run(
                    WRITERS,
                    writer -> api.post(
                            "/api/items/" + item + "/follow-ups",
                            scene.followUp(prefix + writer),
                            Map.of("If-Match", ifMatch)));
            assertThat(answers)
                    .filteredOn(a -> a.statusCode() == 200)
                    .as("one version, one winner")
                    .hasSize(1);
            tally.add(answers, writer -> prefix + writer);
            read++;
        }
        tally.verify(jdbc, item, 1).print();
    }

    @Test
    void statusChangesWithAndWithoutIfMatch_noneLostOrDoubled() {
        String item = scene.decision();
        Tally tally = new Tally("status changes, half with If-Match");
        // Only IN_IMPLEMENTATION <-> STALLED can repeat; each round every writer asks for the same move.
        String[] targets = {"IN_IMPLEMENTATION", "STALLED", "IN_IMPLEMENTATION"};
        long read = 0;
        for (int round = 0; round < ROUNDS; round++) {
            String to = targets[round];
            String note = "s" + round + "w";
            String ifMatch = "\"" + read + "\"";
            List<HttpResponse<String>> answers = Race.run(
                    WRITERS,
                    writer -> api.post(
                            "/api/items/" + item + "/status-changes",
                            statusChange(to, note + writer),
                            writer % 2 == 0 ? Map.of("If-Match", ifMatch) : Map.of()));
            // A move made twice would be refused by the lifecycle, so one success per round is the only right answer.
            assertThat(answers)
                    .filteredOn(a -> a.statusCode() == 200)
                    .as("one move per round")
                    .hasSize(1);
            tally.add(answers, writer -> note + writer);
            read++;
        }
        tally.verify(jdbc, item, 1).print();
    }

    @Test
    void creationsUnderOneId_oneIsRecordedTheRestAreConflicts() {
        String item = Fixtures.newId();
        String decision = Fixtures.decision(scene.firstSession(), scene.body(), "\"" + scene.party() + "\"")
                .replaceFirst("\\{", "{\"itemId\": \"" + item + "\", ");
        List<HttpResponse<String>> answers = Race.run(WRITERS, writer -> api.post("/api/items/decisions", decision));
        assertThat(answers)
                .allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isIn(201, 409));
        assertThat(answers).filteredOn(a -> a.statusCode() == 201).hasSize(1);
        answers.stream().filter(a -> a.statusCode() == 409).forEach(Tally::assertProblem);
        long stored = jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(item)
                .query(Long.class)
                .single();
        assertThat(stored).isEqualTo(1);
        System.out.printf(
                "RELIABILITY concurrency [creations under one id]: commands sent=%d, acknowledged=1, found=%d, "
                        + "409=%d, 5xx=0, duplicates=0%n",
                WRITERS,
                stored,
                answers.stream().filter(a -> a.statusCode() == 409).count());
    }

    private static String statusChange(String to, String note) {
        return Fixtures.statusChange(to).replace("Reported at the session", note);
    }
}
