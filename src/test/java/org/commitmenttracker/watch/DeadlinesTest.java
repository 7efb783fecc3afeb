package org.commitmenttracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemOrder;
import org.commitmenttracker.item.query.ItemPage;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemQuery;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.reporting.dashboard.Dashboard;
import org.commitmenttracker.reporting.dashboard.DashboardQueries;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Due soon and overdue, restricted to what the user follows; month and year due dates count to their last day. */
class DeadlinesTest extends IntegrationTest {

    @Autowired
    Deadlines deadlines;

    @Autowired
    ItemQueries items;

    @Autowired
    DashboardQueries dashboards;

    @Autowired
    WatchProperties properties;

    @Test
    void dueSoonAndOverdueOfWhatIsFollowed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        World world = new World(api);
        String party = world.party("ARM");
        String other = world.party("KAZ");
        String body = world.body("CSC", List.of(party, other));
        String session = world.session(body, "2019-12-01", party, map());
        String late = pledge(world, session, party, "Late pledge", "2020-01");
        String soon =
                pledge(world, session, party, "Soon pledge", today.plusDays(10).toString());
        String thisMonth = pledge(
                world, session, party, "This month", YearMonth.from(today).toString());
        pledge(world, session, party, "Far pledge", today.plusDays(40).toString());
        String done = pledge(world, session, party, "Done pledge", "2020-01-10");
        world.status(done, "FULFILLED", "2019-12-15");
        pledge(world, session, other, "Someone else's late pledge", "2020-01");
        Projections.awaitCaughtUp(api);

        assertThat(api.post("/api/me/watches", """
                        {"kind": "PARTY", "target": "%s"}""".formatted(party)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> response = api.get("/api/me/deadlines");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode due = Json.read(response.body());
        assertThat(due.get("windowDays").asLong()).isEqualTo(30);

        JsonNode overdue = only(due.get("overdue"), List.of(late, soon, thisMonth, done));
        assertThat(Json.texts(overdue, "itemId")).containsExactly(late);
        assertThat(overdue.get(0).get("lastDay").asString()).isEqualTo("2020-01-31");
        assertThat(overdue.get(0).get("days").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 31), today));

        JsonNode dueSoon = only(due.get("dueSoon"), List.of(late, soon, thisMonth, done));
        LocalDate monthEnd = YearMonth.from(today).atEndOfMonth();
        assertThat(Json.texts(dueSoon, "itemId")).containsExactlyInAnyOrder(soon, thisMonth);
        assertThat(days(dueSoon, soon)).isEqualTo(10);
        assertThat(days(dueSoon, thisMonth)).isEqualTo(ChronoUnit.DAYS.between(today, monthEnd));

        String page = api.get("/watch").body();
        String section = page.substring(page.indexOf("id=\"deadlines-h\""), page.indexOf("id=\"changes-h\""));
        assertThat(section).contains("Late pledge").contains("Soon pledge").doesNotContain("Far pledge");
    }

    @Test
    void theDashboardShowsDueSoonAndOverdueSinceAcrossTheBodyWhateverIsFollowed() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        World world = new World(api);
        String party = world.party("TJK");
        String body = world.body("CSTO", List.of(party));
        String session = world.session(body, "2019-12-01", party, map());
        pledge(world, session, party, "Unfollowed late pledge", "2020-01");
        pledge(
                world,
                session,
                party,
                "Unfollowed soon pledge",
                today.plusDays(12).toString());
        String thisYear = pledge(world, session, party, "Unfollowed this year", String.valueOf(today.getYear()));
        pledge(
                world,
                session,
                party,
                "Unfollowed far pledge",
                today.plusDays(400).toString());
        String done = pledge(world, session, party, "Unfollowed done pledge", "2020-01-10");
        world.status(done, "FULFILLED", "2019-12-15");
        Projections.awaitCaughtUp(api);

        String page = api.get("/?body=" + body).body();
        String section = page.substring(page.indexOf("id=\"deadlines-h\""));
        section = section.substring(0, section.indexOf("</section>"));
        long lateDays = ChronoUnit.DAYS.between(LocalDate.of(2020, 1, 31), today);
        assertThat(section)
                .contains("Unfollowed late pledge")
                .contains("overdue since " + lateDays + " days (due 2020-01)")
                .contains("Unfollowed soon pledge")
                .contains("due in 12 days")
                .doesNotContain("Unfollowed far pledge")
                .doesNotContain("Unfollowed done pledge");
        long toYearEnd = ChronoUnit.DAYS.between(today, LocalDate.of(today.getYear(), 12, 31));
        assertThat(section.contains("Unfollowed this year"))
                .as("a year due date counts to 31 December: " + thisYear)
                .isEqualTo(toYearEnd <= 30);

        String russian = api.get("/?body=" + body + "&lang=ru").body();
        assertThat(russian).contains("Сроки").contains("срок через 12 дн.").contains("просрочено на " + lateDays);
    }

    @Test
    void theDashboardShowsTheMostOverdueFirstAndCountsTheRest() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        World world = new World(api);
        String party = world.party("KGZ");
        String body = world.body("CSTO", List.of(party));
        String session = world.session(body, "2019-12-01", party, map());
        for (int month = 1; month <= 12; month++) {
            pledge(world, session, party, "Late pledge " + month, String.format("2020-%02d-10", month));
        }
        for (int days = 1; days <= 12; days++) {
            pledge(
                    world,
                    session,
                    party,
                    "Soon pledge " + days,
                    today.plusDays(days).toString());
        }
        Projections.awaitCaughtUp(api);

        String page = api.get("/?body=" + body).body();
        String section = page.substring(page.indexOf("id=\"deadlines-h\""));
        section = section.substring(0, section.indexOf("</section>"));
        assertThat(section)
                .contains("Late pledge 1<", "Late pledge 10<")
                .doesNotContain("Late pledge 11<", "Late pledge 12<")
                .contains("All 12 overdue items")
                .contains("Soon pledge 1<", "Soon pledge 10<")
                .doesNotContain("Soon pledge 11<", "Soon pledge 12<")
                .contains("and 2 more");
        assertThat(section.indexOf("Late pledge 1<")).isLessThan(section.indexOf("Late pledge 2<"));
        assertThat(section.indexOf("Soon pledge 1<")).isLessThan(section.indexOf("Soon pledge 2<"));
    }

    /**
     * The dashboard page's overdue list and count are its figures' (from the tally today) and due soon is a range of
     * due dates; both must be what the item list answers for "open and overdue" and "open, not overdue, due by the
     * window's end", first rows and totals, including the edges: due today (not overdue), the window's last day, the
     * day after, a month due date.
     */
    @Test
    void theDashboardsListsAreTheItemListsOverdueAndDueSoonPages() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long window = properties.dueSoon().toDays();
        World world = new World(api);
        String party = world.party("TJK");
        String body = world.body("CSTO", List.of(party));
        String session = world.session(body, "2019-12-01", party, map());
        for (String due : List.of(
                "2020-03-10",
                "2020-02",
                "2021",
                today.minusDays(1).toString(),
                today.toString(),
                today.plusDays(1).toString(),
                today.plusDays(window).toString(),
                today.plusDays(window + 1).toString())) {
            pledge(world, session, party, "Edge pledge " + due, due);
        }
        world.status(pledge(world, session, party, "Edge pledge done", "2020-01-10"), "FULFILLED", "2019-12-15");
        Projections.awaitCaughtUp(api);

        TimeAxes now = TimeAxes.now();
        // Every item (null) too: the tally always answers for it, whereas for one body it steps aside while any open
        // item of the shared register names a session not registered yet, and the item list answers instead.
        assertThat(items.today(null, now, tally -> true))
                .as("the tally answers for every item")
                .isPresent();
        ItemOrder byDue = ItemOrder.by(ItemSort.DUE, SortDirection.ASC);
        for (String scope : java.util.Arrays.asList(body, null)) {
            ItemCriteria open = ItemCriteria.any().withOpen(true).withBody(scope);
            for (int shown : List.of(2, 10)) {
                Dashboard figures = dashboards.figures(scope, shown, now);
                Deadlines.Due due = deadlines.across(scope, now, shown, figures.overdue(), figures.overdueItems());
                ItemPage overdue = items.page(new ItemQuery(open.withOverdue(true), byDue, shown, 0, now));
                ItemPage soon = items.page(
                        new ItemQuery(open.withOverdue(false).withDueBy(today.plusDays(window)), byDue, shown, 0, now));
                assertThat(due.overdue().stream().map(Deadline::itemId).toList())
                        .as("overdue, %s, %d shown", scope, shown)
                        .isEqualTo(overdue.items().stream().map(ItemRow::id).toList());
                assertThat(due.overdueCount()).isEqualTo(overdue.total());
                assertThat(due.dueSoon().stream().map(Deadline::itemId).toList())
                        .as("due soon, %s, %d shown", scope, shown)
                        .isEqualTo(soon.items().stream().map(ItemRow::id).toList());
                assertThat(due.dueSoonCount()).isEqualTo(soon.total());
                if (scope != null) {
                    assertThat(due.overdueCount()).isEqualTo(4);
                    assertThat(due.dueSoonCount()).isEqualTo(3);
                }
            }
        }
    }

    /** The admin may follow other parties from other tests; keep this test's items. */
    private static JsonNode only(JsonNode deadlines, List<String> ids) {
        var kept = Json.read("[]");
        var array = (tools.jackson.databind.node.ArrayNode) kept;
        deadlines.forEach(d -> {
            if (ids.contains(d.get("itemId").asString())) {
                array.add(d);
            }
        });
        return array;
    }

    private static long days(JsonNode deadlines, String id) {
        for (JsonNode d : deadlines) {
            if (d.get("itemId").asString().equals(id)) {
                return d.get("days").asLong();
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private static String pledge(World world, String session, String party, String title, String due) {
        return world.pledge(session, party, "2019-12-01", map("title", title, "due", World.worldDate(due)));
    }
}
