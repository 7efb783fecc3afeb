package org.commitmenttracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard's incremental tally (rm_item_tally, db/V180) against the fold of the events, as AsOfEquivalenceTest
 * checks the item list: a random history (its own seed) with status changes in any date order, corrections and
 * membership changes is recorded in batches, and after each batch today's dashboard of the body (asOf today, and a
 * later date, both answered from the tally) must count what the fold counts, per kind, status, theme and party. The
 * tally itself must equal a count of the current-state rows afresh, so the increments never drifted.
 */
class TallyEquivalenceTest extends IntegrationTest {

    private static final long SEED = 7_331L;
    private static final int BATCHES = 5;
    private static final int BATCH_SIZE = 55;

    @Test
    void todaysDashboardCountsEqualTheFoldOfTheEvents() {
        RandomHistory history = new RandomHistory(new World(api), SEED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int compared = 0;
        for (int batch = 0; batch < BATCHES; batch++) {
            history.batch(batch, BATCH_SIZE);
            Projections.awaitCaughtUp(api);
            assertThat(tally()).as("tally after batch %d", batch).isEqualTo(recounted());
            HistoryFold.Members members = new HistoryFold.Members(history.registeredMembers(), history.memberships);
            for (LocalDate asOf : List.of(today, LocalDate.of(2030, 1, 1))) {
                Map<String, HistoryFold.Expected> folded =
                        HistoryFold.fold(history.events, history.sessions, asOf, batch);
                JsonNode figures = dashboard(history.body, asOf);
                String as = "asOf " + asOf + " after batch " + batch;
                List<HistoryFold.Expected> open = folded.values().stream()
                        .filter(HistoryFold.Expected::open)
                        .toList();
                assertThat(figures.get("openItems").asLong()).as(as).isEqualTo(open.size());
                assertThat(counts(figures.get("openByStatus")))
                        .as(as)
                        .isEqualTo(open.stream()
                                .collect(Collectors.groupingBy(
                                        HistoryFold.Expected::status, TreeMap::new, Collectors.counting())));
                assertThat(counts(figures.get("openByTheme")))
                        .as(as)
                        .isEqualTo(open.stream()
                                .flatMap(e -> e.themes().stream())
                                .collect(Collectors.groupingBy(t -> t, TreeMap::new, Collectors.counting())));
                assertThat(counts(figures.get("openByKind")))
                        .as(as)
                        .isEqualTo(open.stream()
                                .collect(Collectors.groupingBy(
                                        e -> kind(history, e.id()), TreeMap::new, Collectors.counting())));
                assertThat(figures.get("overdueItems").asLong())
                        .as(as)
                        .isEqualTo(open.stream()
                                .filter(HistoryFold.Expected::overdue)
                                .count());
                List<String> overdue = open.stream()
                        .filter(HistoryFold.Expected::overdue)
                        .map(HistoryFold.Expected::id)
                        .toList();
                assertThat(overdue)
                        .as("fewer overdue items than the list shows")
                        .hasSizeLessThanOrEqualTo(100);
                assertThat(Json.texts(figures.get("overdue"), "id"))
                        .as(as)
                        .containsExactlyInAnyOrderElementsOf(overdue);
                Map<String, Long> parties = new TreeMap<>();
                for (String party : history.everyParty) {
                    long n = HistoryFold.forParty(folded, history.events, members, party, asOf, batch).values().stream()
                            .filter(HistoryFold.Expected::open)
                            .count();
                    if (n > 0) {
                        parties.put(party, n);
                    }
                }
                assertThat(counts(figures.get("openByParty"))).as(as).isEqualTo(parties);
                compared += open.size();
            }
        }
        assertThat(compared).as("open item states compared").isGreaterThan(150);
        assertThat(history.memberships).as("membership changes were recorded").isNotEmpty();
    }

    private static String kind(RandomHistory history, String itemId) {
        return history.events.stream()
                .filter(e -> e instanceof TestEvent.Opened && e.itemId().equals(itemId))
                .map(e -> ((TestEvent.Opened) e).kind().name())
                .findFirst()
                .orElseThrow();
    }

    private JsonNode dashboard(String body, LocalDate asOf) {
        HttpResponse<String> response = api.get("/api/dashboard?top=100&body=" + body + "&asOf=" + asOf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new TreeMap<>();
        node.properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }

    private List<String> tally() {
        return jdbc.sql("SELECT (t.session_id, t.actor, t.dimension, t.key, t.via, t.n)::text FROM rm_item_tally t"
                        + " WHERE t.n <> 0 ORDER BY 1")
                .query(String.class)
                .list();
    }

    private List<String> recounted() {
        return jdbc.sql("SELECT (t.session_id, t.actor, t.dimension, t.key, t.via, count(*))::text"
                        + " FROM rm_item_current c CROSS JOIN LATERAL item_tally_of(c.open, c.session_id, c.actor,"
                        + " c.kind, c.status, c.themes, c.binds, c.due_last_day) t GROUP BY t.session_id, t.actor,"
                        + " t.dimension, t.key, t.via ORDER BY 1")
                .query(String.class)
                .list();
    }
}
