package org.commitmenttracker.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A compliance table recorded in one request: every cell or none, once per Idempotency-Key. */
class AssessmentTableTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] SCORES = {"+1", "0", "-1", "n/a", "+1"};
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Compliance report", "publisher", "Test publisher", "locator", "table 1");

    private World world;
    private String council;
    private final List<String> parties = new ArrayList<>();
    private final List<String> items = new ArrayList<>();
    private String outsider;

    @BeforeEach
    void sixItemsBindingSixParties() {
        world = new World(api);
        for (String name : List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK")) {
            parties.add(world.party(name));
        }
        outsider = world.party("UZB");
        council = world.body("CSC", parties);
        String session = world.session(council, "2022-01-10", parties.getFirst(), Map.of());
        for (int i = 0; i < 6; i++) {
            items.add(world.decision(session, council, "2022-01-10", Map.of("binds", parties)));
        }
    }

    private String score(int item, int party) {
        return SCORES[(item + party) % SCORES.length];
    }

    private String csv() {
        StringBuilder csv = new StringBuilder("item," + String.join(",", parties) + "\n");
        for (int i = 0; i < items.size(); i++) {
            csv.append(items.get(i));
            for (int p = 0; p < parties.size(); p++) {
                csv.append(',').append(score(i, p));
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private HttpResponse<String> post(Map<String, Object> table, String key) {
        return api.post(
                "/api/assessment-tables",
                JSON.writeValueAsString(table),
                key == null ? Map.of() : Map.of("Idempotency-Key", key));
    }

    private static Map<String, Object> table(String field, Object cells) {
        return Map.of("period", "FINAL", "worldDate", Map.of("date", "2022-12"), "source", SOURCE, field, cells);
    }

    @Test
    void recordsEveryCellInOneCallAndOnlyOncePerKey() {
        long before = eventCount();
        String key = UUID.randomUUID().toString();
        HttpResponse<String> recorded = post(table("csv", csv()), key);
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(Json.read(recorded.body()).get("version").asLong()).isEqualTo(36);
        assertThat(eventCount()).isEqualTo(before + 36);
        assertThat(recorded.headers().firstValue("Tracker-Position")).isPresent();

        HttpResponse<String> replayed = post(table("csv", csv()), key);
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(eventCount()).isEqualTo(before + 36);

        Projections.awaitCaughtUp(api);
        HttpResponse<String> response = api.get("/api/scorecard?body=" + council + "&period=FINAL");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode lines = Json.read(response.body()).get("items");
        for (int i = 0; i < items.size(); i++) {
            JsonNode line = null;
            for (JsonNode candidate : lines) {
                if (candidate.get("id").asString().equals(items.get(i))) {
                    line = candidate;
                }
            }
            assertThat(line).as("item " + i + " on the scorecard").isNotNull();
            for (int p = 0; p < parties.size(); p++) {
                assertThat(line.get("scores").get(parties.get(p)).asString())
                        .as("item %d, party %d", i, p)
                        .isEqualTo(score(i, p));
            }
        }
    }

    @Test
    void aBadCellRefusesTheWholeTableNamingRowAndColumn() {
        long before = eventCount();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String item : items) {
            Map<String, String> scores = new java.util.LinkedHashMap<>();
            parties.forEach(party -> scores.put(party, "+1"));
            rows.add(Map.of("item", item, "scores", scores));
        }
        @SuppressWarnings("unchecked")
        Map<String, String> third = (Map<String, String>) rows.get(2).get("scores");
        third.put(parties.get(1), "2");
        HttpResponse<String> refused =
                post(table("rows", rows), UUID.randomUUID().toString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.texts(Json.read(refused.body()).get("errors"), "field"))
                .containsExactly("rows[2].scores." + parties.get(1));
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void aCellTheItemRefusesUndoesTheCellsBeforeIt() {
        long before = eventCount();
        String csv =
                "item," + parties.get(0) + "," + outsider + "\n" + items.get(0) + ",+1,+1\n" + items.get(1) + ",0,\n";
        HttpResponse<String> refused = post(table("csv", csv), null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.texts(Json.read(refused.body()).get("errors"), "field"))
                .containsExactly("csv row 1, column " + outsider);
        assertThat(eventCount()).isEqualTo(before);
    }

    /**
     * A body is never scored (scorecards are per party). Like every value the domain refuses, the body is a 400
     * problem+json naming the field, and the reason says it is a body rather than calling it unregistered.
     */
    @Test
    void aBodyAsTheAssessedPartyIsRefusedNamingTheFieldOnBothPaths() {
        long before = eventCount();
        HttpResponse<String> single = api.post(
                "/api/items/" + items.get(0) + "/assessments",
                JSON.writeValueAsString(Map.of(
                        "party",
                        council,
                        "period",
                        "FINAL",
                        "score",
                        "+1",
                        "worldDate",
                        Map.of("date", "2022-12"),
                        "source",
                        SOURCE)));
        assertThat(single.statusCode()).as(single.body()).isEqualTo(400);
        assertThat(single.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode error = Json.read(single.body()).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("party");
        assertThat(error.get("reason").asString()).isEqualTo(council + " is a body, not a party");

        String csv = "item," + parties.get(0) + "," + council + "\n" + items.get(0) + ",+1,+1\n";
        HttpResponse<String> table = post(table("csv", csv), null);
        assertThat(table.statusCode()).as(table.body()).isEqualTo(400);
        assertThat(table.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode cell = Json.read(table.body()).get("errors").get(0);
        assertThat(cell.get("field").asString()).isEqualTo("csv row 1, column " + council);
        assertThat(cell.get("reason").asString()).contains("is a body, not a party");
        assertThat(eventCount()).as("nothing of either refusal is stored").isEqualTo(before);
    }
}
