package org.commitmenttracker.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DashboardTest extends IntegrationTest {

    private ItemScenario s;

    @BeforeEach
    void scenario() {
        s = ItemScenario.shared(api);
    }

    private JsonNode dashboard(String query) {
        HttpResponse<String> response = api.get("/api/dashboard?body=" + s.council + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        node.properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    @Test
    void countsOpenItemsByKindStatusThemeAndParty() {
        JsonNode figures = dashboard("");
        assertThat(figures.get("openItems").asLong()).isEqualTo(3);
        assertThat(counts(figures.get("openByKind"))).isEqualTo(Map.of("DECISION", 2L, "PLEDGE", 1L));
        assertThat(counts(figures.get("openByStatus"))).isEqualTo(Map.of("ADOPTED", 2L, "MADE", 1L));
        assertThat(counts(figures.get("openByTheme")))
                .isEqualTo(Map.of("terrorism", 1L, "afghanistan", 1L, "peacekeeping", 1L));
        // Parties only: the council adopted two of the open decisions, but a body is not a party (as in the scorecard).
        assertThat(counts(figures.get("openByParty"))).isEqualTo(Map.of(s.rus, 2L, s.arm, 1L, s.tjk, 1L, s.kaz, 1L));
    }

    @Test
    void listsOverdueOldestMostFollowedUpAndRecentlyChangedItems() {
        JsonNode figures = dashboard("");
        assertThat(figures.get("overdueItems").asLong()).isEqualTo(2);
        assertThat(Json.texts(figures.get("overdue"), "id")).containsExactly(s.withdrawal, s.terrorList);
        assertThat(Json.texts(figures.get("oldestOpen"), "id").getFirst()).isEqualTo(s.terrorList);
        assertThat(figures.get("oldestOpen").get(0).get("sessionsElapsed").asLong())
                .isEqualTo(2);
        assertThat(Json.texts(figures.get("mostFollowedUp"), "id")).containsExactly(s.terrorList);
        assertThat(Json.texts(figures.get("recentlyChanged"), "id").getFirst()).isEqualTo(s.terrorList);
        assertThat(Json.texts(dashboard("&top=2").get("recentlyChanged"), "id")).hasSize(2);
    }

    @Test
    void figuresFollowBothTimeAxes() {
        JsonNode january = dashboard("&asOf=2022-01-15");
        assertThat(january.get("openItems").asLong()).isEqualTo(4);
        assertThat(counts(january.get("openByStatus"))).isEqualTo(Map.of("ADOPTED", 2L, "MADE", 2L));
        assertThat(january.get("overdueItems").asLong()).isZero();
        JsonNode july = dashboard("&asOf=2022-07-01&knownAt=" + s.beforeCorrections);
        assertThat(Json.texts(july.get("overdue"), "id")).containsExactly(s.withdrawal, s.terrorList);
        assertThat(dashboard("&asOf=2022-07-01").get("overdueItems").asLong()).isEqualTo(1);
    }
}
