package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, idempotency under retries: 1,000 commands, each sent three times with one Idempotency-Key, retries often
 * racing the first attempt. One result per command is recorded, and every replay answers exactly what the first attempt
 * answered.
 */
class IdempotentRetriesTest extends IntegrationTest {

    private static final int COMMANDS = 1000;
    private static final int STREAMS = 8;
    private static final long SEED = 8;

    @Test
    void eachCommandIsRecordedOnceAndEveryReplayRepeatsTheOriginalAnswer() throws Exception {
        Scene scene = Scene.record(api);
        List<String> items = new ArrayList<>();
        for (int s = 0; s < STREAMS; s++) {
            items.add(scene.decision());
        }
        long before = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
        String run = "idem-" + Fixtures.newId().substring(0, 8) + "-";
        Map<String, Answer> answers = new ConcurrentHashMap<>();
        AtomicInteger racing = new AtomicInteger();
        try (ExecutorService streams = Executors.newFixedThreadPool(STREAMS);
                ExecutorService attempts = Executors.newFixedThreadPool(STREAMS * 3)) {
            List<CompletableFuture<Void>> done = new ArrayList<>();
            for (int s = 0; s < STREAMS; s++) {
                int stream = s;
                Random random = new Random(SEED + stream);
                done.add(CompletableFuture.runAsync(
                        () -> {
                            // A stream sends its commands one after another; only retries of one command overlap.
                            for (int i = stream; i < COMMANDS; i += STREAMS) {
                                String marker = run + i;
                                Supplier<HttpResponse<String>> send = i % 2 == 0
                                        ? () -> api.post(
                                                "/api/items/proposals",
                                                scene.proposalTitled(marker),
                                                Map.of("Idempotency-Key", marker))
                                        : () -> api.post(
                                                "/api/items/" + items.get(stream) + "/follow-ups",
                                                scene.followUp(marker),
                                                Map.of("Idempotency-Key", marker));
                                int pattern = random.nextInt(3);
                                racing.addAndGet(pattern == 2 ? 2 : pattern == 1 ? 1 : 0);
                                answers.put(marker, Answer.of(marker, Retries.send(send, pattern, attempts)));
                            }
                        },
                        streams));
            }
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get();
        }

        List<Map<String, Object>> recorded =
                jdbc.sql("""
                        SELECT aggregate_identifier, sequence_number, coalesce(p ->> 'note', p ->> 'title') AS marker
                        FROM (SELECT aggregate_identifier, sequence_number, convert_from(payload, 'UTF8')::jsonb AS p
                              FROM domain_event_entry WHERE global_index > ?) e
                        WHERE coalesce(p ->> 'note', p ->> 'title') LIKE ?""").params(before, run + "%").query().listOfRows();
        long distinct = recorded.stream().map(r -> r.get("marker")).distinct().count();
        System.out.printf(
                "RELIABILITY idempotency: commands=%d, requests sent=%d, retries racing the first attempt=%d, "
                        + "retries after it=%d, writes acknowledged=%d, writes found=%d, duplicates=%d%n",
                COMMANDS,
                COMMANDS * 3,
                racing.get(),
                COMMANDS * 2 - racing.get(),
                answers.size(),
                recorded.size(),
                recorded.size() - distinct);

        assertThat(answers).hasSize(COMMANDS);
        assertThat(recorded).as("one event per command").hasSize(COMMANDS);
        assertThat(distinct).as("no command recorded twice").isEqualTo(COMMANDS);
        for (Map<String, Object> row : recorded) {
            Answer answer = answers.get((String) row.get("marker"));
            assertThat(answer.id()).isEqualTo(row.get("aggregate_identifier"));
            assertThat(answer.version())
                    .as("answered version is where the event is")
                    .isEqualTo(((Number) row.get("sequence_number")).longValue());
        }
    }

    /** The one answer all three attempts gave. */
    record Answer(String id, long version) {

        static Answer of(String marker, List<HttpResponse<String>> attempts) {
            HttpResponse<String> first = attempts.getFirst();
            assertThat(first.statusCode()).as(marker + ": " + first.body()).isIn(200, 201);
            for (HttpResponse<String> attempt : attempts) {
                assertThat(attempt.statusCode()).as(marker).isEqualTo(first.statusCode());
                assertThat(attempt.body()).as(marker).isEqualTo(first.body());
                assertThat(attempt.headers().firstValue("ETag"))
                        .as(marker)
                        .isEqualTo(first.headers().firstValue("ETag"));
                assertThat(attempt.headers().firstValue("Location"))
                        .as(marker)
                        .isEqualTo(first.headers().firstValue("Location"));
            }
            long originals = attempts.stream()
                    .filter(a -> a.headers().firstValue("Idempotent-Replayed").isEmpty())
                    .count();
            assertThat(originals)
                    .as(marker + ": exactly one attempt did the work")
                    .isEqualTo(1);
            return new Answer(Scene.id(first), Scene.json(first).get("version").asLong());
        }
    }
}
