package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntFunction;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts what concurrent writers were told and checks it against what the event table holds: every acknowledged write
 * is found at the version it was given, and nothing else was written.
 */
final class Tally {

    private final String scenario;
    private final Map<Long, String> acknowledged = new HashMap<>();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private int sent;
    private long found;
    private long duplicates;

    Tally(String scenario) {
        this.scenario = scenario;
    }

    /** Adds one race's answers; {@code marker} gives the text that identifies writer i's fact. */
    void add(List<HttpResponse<String>> answers, IntFunction<String> marker) {
        for (int writer = 0; writer < answers.size(); writer++) {
            HttpResponse<String> answer = answers.get(writer);
            sent++;
            statuses.merge(answer.statusCode(), 1, Integer::sum);
            assertThat(answer.statusCode()).as(answer.body()).isIn(200, 409, 412);
            if (answer.statusCode() == 200) {
                long version = Scene.json(answer).get("version").asLong();
                assertThat(answer.headers().firstValue("ETag")).hasValue("\"" + version + "\"");
                String earlier = acknowledged.put(version, marker.apply(writer));
                assertThat(earlier).as("version %d acknowledged twice", version).isNull();
            } else {
                assertProblem(answer);
            }
        }
    }

    static void assertProblem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(Scene.json(answer).get("type").asString()).startsWith("https://commitment-tracker.org/problems/");
    }

    /** Checks the table against the answers; {@code before} is how many events the item had before the races. */
    Tally verify(JdbcClient jdbc, String aggregate, long before) {
        List<Map<String, Object>> rows = jdbc.sql("""
                        SELECT sequence_number, payload FROM domain_event_entry WHERE aggregate_identifier = ?
                        ORDER BY sequence_number""").param(aggregate).query().listOfRows();
        long distinctSequences =
                rows.stream().map(r -> r.get("sequence_number")).distinct().count();
        assertThat(distinctSequences).as("no (aggregate, sequence) twice").isEqualTo(rows.size());
        assertThat(rows).as("events stored = successes").hasSize((int) before + acknowledged.size());
        for (Map<String, Object> row : rows) {
            long sequence = ((Number) row.get("sequence_number")).longValue();
            if (sequence < before) {
                continue;
            }
            String payload = new String((byte[]) row.get("payload"), StandardCharsets.UTF_8);
            String marker = acknowledged.get(sequence);
            assertThat(marker)
                    .as("event %d was acknowledged to someone", sequence)
                    .isNotNull();
            assertThat(payload)
                    .as("event %d holds the fact acknowledged at that version", sequence)
                    .contains("\"" + marker + "\"");
        }
        found = rows.size() - before;
        duplicates = rows.size() - distinctSequences;
        return this;
    }

    void print() {
        System.out.printf(
                "RELIABILITY concurrency [%s]: commands sent=%d, acknowledged=%d, found=%d, answers=%s, duplicates=%d%n",
                scenario, sent, acknowledged.size(), found, statuses, duplicates);
    }
}
