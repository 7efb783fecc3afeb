package org.commitmenttracker.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Today's dashboard from the incremental tally (rm_item_tally, db/V180) against the snapshot path on the same data:
 * decisions binding their own body (one also naming a member explicitly), a member that left and one suspended only in
 * the future, a decision without a session, a closed pledge, corrections, status changes dated after today and a due
 * date in the future; for a body, another body and every item. Then a rebuild must reproduce the tally.
 */
class DashboardTallyTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    DashboardQueries dashboards;

    @Autowired
    ItemQueries items;

    @Test
    void todaysFiguresFromTheTallyEqualTheSnapshotPath() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        World w = new World(api);
        String a = w.party("TA");
        String b = w.party("TB");
        String c = w.party("TC");
        String d = w.party("TD");
        String x = w.body("TX", List.of(a, b, c));
        String y = w.body("TY", List.of(a));
        String s1 = w.session(x, "2024-01-10", a, map());
        String s2 = w.session(x, "2024-06-10", b, map());
        String s3 = w.session(x, "2025-03-01", a, map());
        String sy = w.session(y, "2024-05-01", a, map());

        String d1 = w.decision(s1, x, "2024-01-10", fields(List.of(x), List.of("t1"), "2024-12-31"));
        String d2 = w.decision(s2, x, "2024-06-10", fields(List.of(x, a), List.of("t1", "t2"), today.plusDays(300)));
        w.decision(s2, x, "2024-06-10", fields(List.of(d), List.of(), null));
        String d4 = w.decision(null, x, "2024-07-01", fields(List.of(x), List.of("t3"), "2025-01-15"));
        // Opened only after today: not an item today, though its current-state row is there.
        w.decision(null, x, today.plusDays(10).toString(), fields(List.of(x), List.of("t1"), null));
        w.decision(sy, y, "2024-05-01", fields(List.of(y, d), List.of("t1"), null));
        String p1 = w.pledge(s1, a, "2024-01-10", map("themes", List.of("t2"), "due", World.worldDate("2025-01")));
        String p2 = w.pledge(s3, b, "2025-03-01", map("themes", List.of("t2")));
        w.status(p2, "FULFILLED", "2025-06-01");
        String p3 = w.pledge(s3, c, "2025-03-01", map("themes", List.of("t3")));
        w.status(p3, "IN_PROGRESS", today.plusDays(100).toString());
        String p4 = w.pledge(s2, a, "2024-06-10", map("themes", List.of("t1")));
        w.status(p4, "FULFILLED", today.plusDays(50).toString());
        String p5 = w.pledge(s3, b, "2025-03-01", map("themes", List.of("t1"), "due", World.worldDate("2026-01-31")));
        w.correct(p5, 0, "THEMES", "t2,t3", "2025-04-01");
        w.correct(p5, 0, "DUE", "2027-06-30", "2025-04-01");
        w.followUp(d1, s2, a, "CALLED_FOR", "2024-06-10");
        w.followUp(d1, s3, b, "CALLED_FOR", "2025-03-01");
        w.followUp(p1, s3, a, "CALLED_FOR", "2025-03-01");
        w.followUp(d4, s3, a, "CALLED_FOR", "2025-03-01");
        membership(x, c, "LEFT", "2025-01-01");
        membership(x, d, "JOINED", "2025-02-01");
        membership(x, b, "SUSPENDED", today.plusDays(30).toString());
        Projections.awaitCaughtUp(api);

        Dashboard council = compared(x, 100);
        assertThat(council.openItems()).isEqualTo(8);
        assertThat(council.openByStatus()).isEqualTo(Map.of("ADOPTED", 4L, "MADE", 4L));
        // C left before today, so the decisions binding the council bind it no more; A is counted once for d2,
        // which binds the council and names A too; B's suspension starts only after today.
        assertThat(council.openByParty()).isEqualTo(Map.of(a, 5L, b, 4L, d, 4L, c, 1L));
        assertThat(council.openByTheme()).isEqualTo(Map.of("t1", 3L, "t2", 3L, "t3", 3L));
        assertThat(council.overdueItems()).isEqualTo(3);
        assertThat(ids(council.overdue())).containsExactly(d1, d4, p1);
        compared(x, 2);
        compared(y, 100);
        compared(null, 100);
        compared(null, 3);

        // The same figures again after the tally was rebuilt from the events.
        List<String> tally = tally();
        assertThat(tally).isNotEmpty().isEqualTo(recounted());
        assertThat(api.post("/api/admin/projections/rebuild", "").statusCode()).isBetween(200, 202);
        awaitRebuild();
        assertThat(tally()).isEqualTo(tally);
        assertThat(tally()).isEqualTo(recounted());
        compared(x, 100);
        compared(null, 100);
    }

    /** The tally's answer, which must exist for today, equal to the snapshot's on the same axes. */
    private Dashboard compared(String body, int top) {
        TimeAxes axes = TimeAxes.now();
        Optional<Dashboard> fromTally =
                items.today(body, axes, tally -> DashboardQueries.fromTally(tally, body, top, axes));
        assertThat(fromTally)
                .as("today's dashboard of %s comes from the tally", body)
                .isPresent();
        Dashboard expected = dashboards.fromSnapshot(body, top, axes);
        assertThat(fromTally.get()).as("body %s, top %d", body, top).isEqualTo(expected);
        // Largest first: the maps' order is part of the answer.
        assertThat(new ArrayList<>(fromTally.get().openByParty().entrySet()))
                .isEqualTo(new ArrayList<>(expected.openByParty().entrySet()));
        assertThat(new ArrayList<>(fromTally.get().openByTheme().entrySet()))
                .isEqualTo(new ArrayList<>(expected.openByTheme().entrySet()));
        return fromTally.get();
    }

    private List<String> tally() {
        return jdbc.sql("SELECT (t.session_id, t.actor, t.dimension, t.key, t.via, t.n)::text FROM rm_item_tally t"
                        + " WHERE t.n <> 0 ORDER BY 1")
                .query(String.class)
                .list();
    }

    /** The tally counted afresh from the current-state rows, as the rows an incremental tally must hold. */
    private List<String> recounted() {
        return jdbc.sql("SELECT (t.session_id, t.actor, t.dimension, t.key, t.via, count(*))::text"
                        + " FROM rm_item_current c CROSS JOIN LATERAL item_tally_of(c.open, c.session_id, c.actor,"
                        + " c.kind, c.status, c.themes, c.binds, c.due_last_day) t GROUP BY t.session_id, t.actor,"
                        + " t.dimension, t.key, t.via ORDER BY 1")
                .query(String.class)
                .list();
    }

    private void awaitRebuild() {
        for (int i = 0; i < 600; i++) {
            if (Json.read(api.get("/api/admin/projections/rebuild").body())
                    .get("state")
                    .asString()
                    .equals("DONE")) {
                Projections.awaitCaughtUp(api);
                return;
            }
            sleep();
        }
        throw new AssertionError("The rebuild did not finish in time");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void membership(String body, String party, String change, String date) {
        var response = api.post(
                "/api/bodies/" + body + "/memberships",
                JSON.writeValueAsString(map(
                        "party",
                        party,
                        "change",
                        change,
                        "worldDate",
                        World.worldDate(date),
                        "note",
                        change,
                        "source",
                        map("title", "Notice", "publisher", "Test", "locator", "p. 1"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static Map<String, Object> fields(List<String> binds, List<String> themes, Object due) {
        Map<String, Object> fields = map("binds", binds, "themes", themes);
        if (due != null) {
            fields.put("due", World.worldDate(due.toString()));
        }
        return fields;
    }

    private static List<String> ids(List<org.commitmenttracker.item.query.ItemRow> rows) {
        return rows.stream().map(org.commitmenttracker.item.query.ItemRow::id).toList();
    }
}
