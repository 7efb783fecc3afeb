package org.commitmenttracker.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The scorecard's default cell is the latest assessment: the later period (final over interim), then the later world
 * date. The order in which the monitor recorded them never decides (#15, "interim beats final").
 */
class LatestAssessmentTest extends IntegrationTest {

    @Test
    void finalBeatsInterimAndTheLaterDateBeatsTheLaterRecording() {
        World world = new World(api);
        String arm = world.party("ARM");
        String rus = world.party("RUS");
        String council = world.body("CSC", List.of(arm, rus));
        String session = world.session(council, "2022-01-10", arm, map("title", "Session"));
        String item = world.decision(session, council, "2022-01-10", map("binds", List.of(arm, rus)));
        // ARM: the final score first, then an interim one recorded later (and even dated later).
        world.assess(item, arm, "FINAL", "+1", "2022-12-01");
        world.assess(item, arm, "INTERIM", "-1", "2023-02-01");
        // RUS: two final scores, the later-dated one recorded first.
        world.assess(item, rus, "FINAL", "0", "2023-01-10");
        world.assess(item, rus, "FINAL", "-1", "2022-12-01");
        Projections.awaitCaughtUp(api);

        JsonNode scores = find(scorecard("/api/scorecard?body=" + council).get("items"), item)
                .get("scores");
        assertThat(scores.get(arm).asString()).isEqualTo("+1");
        assertThat(scores.get(rus).asString()).isEqualTo("0");
        JsonNode armCard = scorecard("/api/parties/" + arm + "/scorecard?body=" + council);
        assertThat(armCard.get("scores").get(0).get("score").asString()).isEqualTo("+1");
        // Asked for the interim period, the interim score is still there.
        JsonNode interim = scorecard("/api/scorecard?body=" + council + "&period=INTERIM");
        assertThat(find(interim.get("items"), item).get("scores").get(arm).asString())
                .isEqualTo("-1");
    }

    private JsonNode scorecard(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static JsonNode find(JsonNode lines, String id) {
        for (JsonNode line : lines) {
            if (line.get("id").asString().equals(id)) {
                return line;
            }
        }
        throw new AssertionError(id + " missing from " + lines);
    }
}
