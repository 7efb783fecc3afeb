package org.commitmenttracker.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.query.ScoreTallies;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.StoredEvents;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Today's scorecard from the incremental tallies (db/V185) against the scorecard computed from each party's latest
 * assessment of each item, after every batch of a random history: assessments superseding others (final over interim,
 * later dates, later recordings), n/a scores, status changes, corrections, decisions binding the body's members while
 * members join, leave, are suspended and resume. Then the cells against a fold of the stored events, the tallies
 * against the sums of the cells, and a full replay that must reproduce every tally row.
 */
class ScorecardTalliesTest extends IntegrationTest {

    private static final Map<String, String> COMPLIANCE =
            Map.of("+1", "FULL", "0", "PARTIAL", "-1", "NON_COMPLIANCE", "n/a", "NOT_APPLICABLE");
    private static final List<String> TABLES = List.of(
            "rm_item_scorecard_cell",
            "rm_item_scorecard_tally",
            "rm_item_scorecard_items",
            "rm_item_scorecard_party",
            "rm_item_scorecard_status");

    @Autowired
    Scorecards scorecards;

    @Autowired
    ScoreTallies tallies;

    @Test
    void todaysTalliesAnswerAsTheCellsDoAfterEveryBatchAndAfterAReplay() {
        RandomHistory history = new RandomHistory(new World(api), 5_113L);
        for (int batch = 0; batch < 5; batch++) {
            history.batch(batch, 50);
            Projections.awaitCaughtUp(api);
            sameAnswers(history.body(), "after batch " + batch);
        }
        datedNextYear(new World(api));
        // Facts dated after today: those items are taken off the tallies and computed from history.
        assertThat(tallies.unsettled(TimeAxes.now())).isNotEmpty();
        sameAnswers(history.body(), "with facts dated next year");
        cellsAreTheFoldOfTheStoredEvents();
        talliesAreTheSumsOfTheCells();

        Map<String, List<String>> before = dump();
        assertThat(before.get("rm_item_scorecard_tally")).isNotEmpty();
        assertThat(before.get("rm_item_scorecard_status")).isNotEmpty();
        replay();
        assertThat(dump()).isEqualTo(before);
        sameAnswers(history.body(), "after the replay");
    }

    /** A decision binding a body's members, assessed and moved on today and again with dates next year. */
    private static void datedNextYear(World world) {
        List<String> members = List.of(world.party("S0"), world.party("S1"));
        String body = world.body("SB", members);
        String session = world.session(body, "2024-05-01", members.get(0), World.map());
        String item = world.decision(session, body, "2024-05-01", World.map("binds", List.of(body)));
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String nextYear = LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
        world.assess(item, members.get(0), "FINAL", "+1", today);
        world.assess(item, members.get(1), "INTERIM", "0", today);
        world.assess(item, members.get(0), "FINAL", "-1", nextYear);
        world.status(item, "IN_IMPLEMENTATION", today);
        world.status(item, "IMPLEMENTED", nextYear);
        Projections.awaitCaughtUp(world.api());
    }

    private void sameAnswers(String body, String when) {
        TimeAxes axes = TimeAxes.now();
        assertThat(tallies.answer(axes)).as("the tallies answer today").isTrue();
        List<ScorecardFilter> filters = List.of(
                ScorecardFilter.none(),
                new ScorecardFilter(body, null, null, null, null),
                new ScorecardFilter(null, null, AssessmentPeriod.INTERIM, null, null),
                new ScorecardFilter(body, null, AssessmentPeriod.FINAL, null, null),
                new ScorecardFilter("NO-SUCH-BODY", null, null, null, null));
        List<ScorecardPaging> pages = List.of(new ScorecardPaging(0, 500), new ScorecardPaging(1, 7));
        for (ScorecardFilter filter : filters) {
            for (ScorecardPaging paging : pages) {
                Scorecard computed = scorecards.computed(filter, axes, paging.offset(), paging.size());
                assertThat(scorecards.all(filter, axes, paging))
                        .as("%s, %s, %s", when, filter, paging)
                        .isEqualTo(computed);
            }
        }
        Scorecard ofBody = scorecards.computed(filters.get(1), axes, 0, 500);
        assertThat(ofBody.items()).isNotEmpty();
        for (Scorecard.PartyLine line : ofBody.parties()) {
            for (ScorecardFilter filter : filters.subList(0, 4)) {
                for (ScorecardPaging paging : List.of(new ScorecardPaging(0, 500), new ScorecardPaging(1, 3))) {
                    assertThat(scorecards.party(line.code(), filter, axes, paging))
                            .as("%s, party %s, %s, %s", when, line.code(), filter, paging)
                            .isEqualTo(scorecards.computed(line.code(), line.name(), filter, axes, paging));
                }
            }
        }
    }

    /**
     * Each party's latest assessment of each item per period and over both (a final one first), folded here from the
     * stored PartyAssessed events, with the body named when the party counts only as a member of it.
     */
    private void cellsAreTheFoldOfTheStoredEvents() {
        Map<String, String> folded = new TreeMap<>();
        for (String item : jdbc.sql("SELECT DISTINCT item_id FROM rm_item_assessment")
                .query(String.class)
                .list()) {
            String actor = null;
            List<String> binds = List.of();
            List<JsonNode> assessments = new ArrayList<>();
            Map<JsonNode, Long> versions = new HashMap<>();
            for (StoredEvents.Stored event : StoredEvents.of(jdbc, item)) {
                JsonNode payload = Json.read(event.payload());
                if (event.type().equals("DecisionAdopted")) {
                    actor = payload.get("adoptedBy").asString();
                    List<String> codes = new ArrayList<>();
                    payload.get("binds").forEach(code -> codes.add(code.asString()));
                    binds = codes;
                } else if (event.type().equals("PartyAssessed")) {
                    assessments.add(payload);
                    versions.put(payload, event.sequence());
                }
            }
            Comparator<JsonNode> byDate = Comparator.comparing(
                            (JsonNode a) -> a.get("worldDate").get("date").asString())
                    .thenComparing(versions::get);
            Map<String, JsonNode> latest = new HashMap<>();
            for (JsonNode a : assessments) {
                String party = a.get("party").asString();
                String period = a.get("period").asString();
                latest.merge(period + "|" + party, a, (x, y) -> byDate.compare(x, y) >= 0 ? x : y);
                Comparator<JsonNode> finalFirst = Comparator.comparing(
                                (JsonNode n) -> n.get("period").asString().equals("FINAL"))
                        .thenComparing(byDate);
                latest.merge("LATEST|" + party, a, (x, y) -> finalFirst.compare(x, y) >= 0 ? x : y);
            }
            String body = actor;
            List<String> bound = binds;
            latest.forEach((key, a) -> {
                String party = a.get("party").asString();
                boolean memberOnly =
                        body != null && bound.contains(body) && !party.equals(body) && !bound.contains(party);
                folded.put(
                        item + "|" + key, COMPLIANCE.get(a.get("score").asString()) + "|" + (memberOnly ? body : ""));
            });
        }
        Map<String, String> stored = new TreeMap<>();
        jdbc.sql("SELECT item_id, period, party, compliance, via_body FROM rm_item_scorecard_cell")
                .query(rs -> {
                    stored.put(
                            rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3),
                            rs.getString(4) + "|" + rs.getString(5));
                });
        assertThat(folded).hasSizeGreaterThan(20);
        assertThat(stored).isEqualTo(folded);
    }

    private void talliesAreTheSumsOfTheCells() {
        String sums = "SELECT session_id, actor, period, party, via_body, count(score), count(*) - count(score),"
                + " coalesce(sum(score), 0) FROM rm_item_scorecard_cell GROUP BY 1, 2, 3, 4, 5";
        String tally = "SELECT session_id, actor, period, party, via_body, scored, not_applicable, score_sum"
                + " FROM rm_item_scorecard_tally";
        assertThat(rows("(" + sums + ") EXCEPT (" + tally + ")")).isEmpty();
        assertThat(rows("(" + tally + ") EXCEPT (" + sums + ")")).isEmpty();
        String statuses = "SELECT session_id, actor, party, via_body, status, count(*) FROM rm_item_scorecard_party"
                + " GROUP BY 1, 2, 3, 4, 5";
        String statusTally = "SELECT session_id, actor, party, via_body, status, items FROM rm_item_scorecard_status";
        assertThat(rows("(" + statuses + ") EXCEPT (" + statusTally + ")")).isEmpty();
        assertThat(rows("(" + statusTally + ") EXCEPT (" + statuses + ")")).isEmpty();
    }

    private List<String> rows(String sql) {
        return jdbc.sql("SELECT t::text FROM (" + sql + ") t")
                .query(String.class)
                .list();
    }

    private Map<String, List<String>> dump() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : TABLES) {
            tables.put(table, rows("SELECT * FROM " + table).stream().sorted().toList());
        }
        return tables;
    }

    private void replay() {
        HttpResponse<String> started = api.post("/api/admin/projections/rebuild", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (!Json.read(api.get("/api/admin/projections/rebuild").body())
                .get("state")
                .asString()
                .equals("DONE")) {
            assertThat(Instant.now()).as("the replay finishes").isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        Projections.awaitCaughtUp(api);
    }
}
