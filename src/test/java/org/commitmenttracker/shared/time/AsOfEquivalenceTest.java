package org.commitmenttracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.commitmenttracker.item.query.DerivedTables;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The as-of read model against a fold written here: a random history (fixed seed) is recorded in batches, an instant is
 * captured between batches, and for every (asOf, knownAt) pair in a sample the item list must equal the fold of the
 * events within both bounds. The same grid is asked for each party: its items as actor, the ones whose binds name it,
 * and the decisions binding the body while it takes part in the body (joins, departures, suspensions and resumptions,
 * recorded in the batches like every other fact).
 */
class AsOfEquivalenceTest extends IntegrationTest {

    private static final long SEED = 4_829L;
    private static final int BATCHES = 8;
    private static final int BATCH_SIZE = 55;
    private static final List<LocalDate> AS_OF = List.of(
            LocalDate.of(2018, 12, 31),
            LocalDate.of(2020, 3, 1),
            LocalDate.of(2021, 6, 15),
            LocalDate.of(2022, 10, 1),
            LocalDate.of(2024, 1, 31),
            LocalDate.of(2030, 1, 1));

    @Test
    void asOfAnswersEqualTheFoldOfTheEventsWithinBothBounds() {
        RandomHistory history = new RandomHistory(new World(api), SEED);
        List<Instant> knownAt = new ArrayList<>();
        knownAt.add(RandomHistory.instantBetweenBatches());
        for (int batch = 0; batch < BATCHES; batch++) {
            history.batch(batch, BATCH_SIZE);
            knownAt.add(RandomHistory.instantBetweenBatches());
        }
        assertThat(history.eventCount()).isGreaterThan(300);
        Projections.awaitCaughtUp(api);

        int compared = 0;
        int filtered = 0;
        for (int k = 0; k < knownAt.size(); k++) {
            for (LocalDate asOf : AS_OF) {
                Map<String, HistoryFold.Expected> expected =
                        HistoryFold.fold(history.events, history.sessions, asOf, k - 1);
                Map<String, HistoryFold.Expected> actual = listed(history.body, asOf, knownAt.get(k));
                assertThat(actual)
                        .as("asOf %s, knownAt %s (after batch %d)", asOf, knownAt.get(k), k - 1)
                        .isEqualTo(expected);
                compared += expected.size();
                filtered += filtersAgreeWithTheWholeList(history.body, asOf, knownAt.get(k));
            }
        }
        assertThat(compared).as("item states compared").isGreaterThan(500);
        assertThat(filtered).as("rows of filtered lists compared").isGreaterThan(1000);

        HistoryFold.Members members = new HistoryFold.Members(history.registeredMembers(), history.memberships);
        assertThat(history.memberships)
                .as("membership changes of every kind")
                .extracting(TestEvent.MembershipChange::change)
                .contains("JOINED", "LEFT", "SUSPENDED", "RESUMED");
        int partyLists = 0;
        int partyRows = 0;
        int boundAsMember = 0;
        for (int k = 0; k < knownAt.size(); k++) {
            for (LocalDate asOf : AS_OF) {
                Map<String, HistoryFold.Expected> folded =
                        HistoryFold.fold(history.events, history.sessions, asOf, k - 1);
                for (String party : history.everyParty) {
                    Map<String, HistoryFold.Expected> expected =
                            HistoryFold.forParty(folded, history.events, members, party, asOf, k - 1);
                    assertThat(listed(history.body, party, asOf, knownAt.get(k)))
                            .as("party %s, asOf %s, knownAt %s (after batch %d)", party, asOf, knownAt.get(k), k - 1)
                            .isEqualTo(expected);
                    partyLists++;
                    partyRows += expected.size();
                    if (members.at(asOf, k - 1).contains(party)
                            != history.registeredMembers().contains(party)) {
                        boundAsMember++;
                    }
                }
            }
        }
        assertThat(partyRows).as("party item states compared").isGreaterThan(1000);
        // Membership must actually differ from the registered list somewhere on the grid, or the fold proves nothing.
        assertThat(boundAsMember)
                .as("party lists where membership differs from the registered list")
                .isPositive();

        spansEqualTheComputedListingAtEveryCorner();
        scoreRowsEqualTheComputedCellsAtEveryCorner();
        scoreStepsCountTheScoreRows();

        // Today on both axes: every row from the current-state table (db/V170), none computed from history.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(listed(history.body, today, null))
                .as("today, now: the current-state table")
                .isEqualTo(HistoryFold.fold(history.events, history.sessions, today, BATCHES - 1));
        for (String party : history.everyParty) {
            assertThat(listed(history.body, party, today, null))
                    .as("today, now, party %s", party)
                    .isEqualTo(HistoryFold.forParty(
                            HistoryFold.fold(history.events, history.sessions, today, BATCHES - 1),
                            history.events,
                            members,
                            party,
                            today,
                            BATCHES - 1));
        }
        System.out.printf(
                "AsOfEquivalenceTest: %d membership changes; %d party lists (%d where membership differs), %d party"
                        + " item states compared%n",
                history.memberships.size(), partyLists, boundAsMember, partyRows);
    }

    /**
     * The as-of rectangles (rm_item_span, db/V230), which the past-axes lists above read, against item_listing, which
     * computes every item from the versioned rows, at the corners where an answer changes: each status row's world date
     * and the day before, at the instant it became known or was replaced and the microsecond before, and each
     * statement's instants at dates before, between and after the history. Every column of every row, both ways; and
     * the same of item_past_listing and item_past_headings, which the scorecard reads at past axes; and the items of
     * each group counted from the rectangles' steps along either axis (db/V284), which the dashboard reads at past
     * axes, whose tables must also be what all the rectangles give at once.
     */
    private void spansEqualTheComputedListingAtEveryCorner() {
        assertThat(jdbc.sql("SELECT stale FROM rm_item_current_state")
                        .query(Boolean.class)
                        .single())
                .as("the rectangles are read, not item_listing in their place")
                .isFalse();
        String corners = """
                WITH step (dk) AS (VALUES (interval '0'), (interval '-1 microsecond')),
                day (dd) AS (VALUES (0), (-1)),
                dates (d) AS (VALUES (date '2018-12-31'), (date '2021-06-15'), (date '2030-01-01')),
                instants AS (
                    SELECT h.world_date, unnest(ARRAY[h.known_from, h.known_until]) AS k FROM rm_item_status h),
                corners AS (
                    SELECT i.world_date + day.dd AS d, i.k + step.dk AS k FROM instants i, day, step
                    WHERE i.k IS NOT NULL
                    UNION
                    SELECT dates.d, s.k + step.dk FROM dates, step,
                        (SELECT unnest(ARRAY[known_from, known_until]) AS k FROM rm_item_statement) s
                    WHERE s.k IS NOT NULL)
                SELECT c.d::text AS d, c.k::text AS k FROM corners c ORDER BY md5(c.d || ' ' || c.k) LIMIT 400
                """;
        // One statement per corner: each computes every item from history, and all of them in one passed the
        // statement time limit.
        List<Map<String, Object>> points = jdbc.sql(corners).query().listOfRows();
        assertThat(points).as("corners").hasSizeGreaterThan(300);
        List<String> differing = new ArrayList<>();
        long rows = 0;
        for (Map<String, Object> point : points) {
            String asOf = (String) point.get("d");
            String knownAt = (String) point.get("k");
            // As text both ways, so the instant keeps its microseconds and no time zone is applied to it.
            boolean differs = jdbc.sql("WITH p AS (SELECT CAST(:d AS date) AS d, CAST(:k AS timestamptz) AS k)"
                            + " SELECT EXISTS (SELECT * FROM p, item_span_listing(p.d, p.k)"
                            + " EXCEPT ALL SELECT * FROM p, item_listing(p.d, p.k))"
                            + " OR EXISTS (SELECT * FROM p, item_listing(p.d, p.k)"
                            + " EXCEPT ALL SELECT * FROM p, item_span_listing(p.d, p.k))"
                            // What the scorecard reads at past axes: the whole scope, and its lines' headings.
                            + " OR EXISTS (SELECT * FROM p, item_past_listing(p.d, p.k)"
                            + " EXCEPT ALL SELECT * FROM p, item_listing(p.d, p.k))"
                            + " OR EXISTS (SELECT * FROM p, item_listing(p.d, p.k)"
                            + " EXCEPT ALL SELECT * FROM p, item_past_listing(p.d, p.k))"
                            + " OR EXISTS (SELECT h.* FROM p, item_past_headings(ARRAY(SELECT i.item_id FROM rm_item i),"
                            + " p.d, p.k) h EXCEPT ALL SELECT l.item_id, l.kind, l.title, l.title_original, l.status"
                            + " FROM p, item_listing(p.d, p.k) l)"
                            + " OR EXISTS (SELECT l.item_id, l.kind, l.title, l.title_original, l.status"
                            + " FROM p, item_listing(p.d, p.k) l EXCEPT ALL SELECT h.* FROM p,"
                            + " item_past_headings(ARRAY(SELECT i.item_id FROM rm_item i), p.d, p.k) h)")
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query(Boolean.class)
                    .single();
            if (differs) {
                differing.add(asOf + " " + knownAt);
            }
            // The search's rows (rm_item_text_span, db/V255): the same items, with the same statement's texts.
            boolean searchDiffers = jdbc.sql("WITH p AS (SELECT CAST(:d AS date) AS d, CAST(:k AS timestamptz) AS k),"
                            + " t AS (SELECT t.item_id, t.search FROM p, rm_item_text_span t"
                            + " WHERE t.known @> p.k AND t.opened_on <= p.d),"
                            + " x AS (SELECT x.item_id, x.search FROM p, item_span_listing(p.d, p.k) x)"
                            + " SELECT EXISTS (SELECT * FROM t EXCEPT ALL SELECT * FROM x)"
                            + " OR EXISTS (SELECT * FROM x EXCEPT ALL SELECT * FROM t)")
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query(Boolean.class)
                    .single();
            if (searchDiffers) {
                differing.add("search's rows at " + asOf + " " + knownAt);
            }
            // The rectangles' steps (db/V284), either axis's with the items they leave out: the same items per group.
            Map<String, Object> stepped = jdbc.sql(
                            "WITH p AS (SELECT CAST(:d AS date) AS d, CAST(:k AS timestamptz) AS k),"
                                    + " listed AS MATERIALIZED (SELECT l.kind, l.status, l.open, l.themes, l.actor, l.binds,"
                                    + " l.session_id, l.due_last_day, count(*) AS n FROM p, item_listing(p.d, p.k) l"
                                    + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8),"
                                    + " world AS MATERIALIZED (" + STEPPED.formatted("item_span_groups_by_world") + "),"
                                    + " known AS MATERIALIZED (" + STEPPED.formatted("item_span_groups_by_known") + ")"
                                    + " SELECT EXISTS (SELECT * FROM world EXCEPT ALL SELECT * FROM listed)"
                                    + " OR EXISTS (SELECT * FROM listed EXCEPT ALL SELECT * FROM world) AS world,"
                                    + " EXISTS (SELECT * FROM known EXCEPT ALL SELECT * FROM listed)"
                                    + " OR EXISTS (SELECT * FROM listed EXCEPT ALL SELECT * FROM known) AS known")
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query()
                    .singleRow();
            stepped.forEach((axis, stepsDiffer) -> {
                if ((Boolean) stepsDiffer) {
                    differing.add(axis + " steps at " + asOf + " " + knownAt);
                }
            });
            rows += jdbc.sql("SELECT count(*) FROM item_span_listing(CAST(:d AS date), CAST(:k AS timestamptz))")
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query(Long.class)
                    .single();
        }
        assertThat(differing)
                .as("(asOf, knownAt) where the rectangles differ from the computed list")
                .isEmpty();
        assertThat(rows).as("item rows compared at the corners").isGreaterThan(5_000);

        // Kept batch by batch, the steps are what all the rectangles give at once (as after a recomputation).
        Map<String, List<String>> kept = stepTables();
        assertThat(kept.get("rm_item_span_by_known"))
                .as("steps along recording instants")
                .isNotEmpty();
        jdbc.sql("SELECT item_span_steps_fill()").query().listOfRows();
        assertThat(stepTables()).isEqualTo(kept);
    }

    /** One group's items at the corner (p) from the steps of one axis, as the dashboard sums them. */
    private static final String STEPPED = "SELECT g.kind, g.status, g.open, g.themes, g.actor, g.binds, g.session_id,"
            + " g.due_last_day, sum(g.n)::bigint AS n FROM p, %s(p.d, p.k) g GROUP BY 1, 2, 3, 4, 5, 6, 7, 8"
            + " HAVING sum(g.n) <> 0";

    private Map<String, List<String>> stepTables() {
        return DerivedTables.dump(
                jdbc, List.of("rm_item_span_group", "rm_item_span_by_world", "rm_item_span_by_known"));
    }

    /**
     * The scorecard's rectangles (rm_item_score_span, db/V285) against each party's latest assessment of each period of
     * each item, computed at the point from the assessments and item_listing, at the corners where a cell changes: each
     * assessment's world date and the day before, at the instant it became known and the microsecond before, and the
     * same at the status rows' dates and instants (an item redated or recorded, a rectangle of rm_item_span cut). Cells
     * with their period, party, score, whether they are the party's latest over both periods and the body whose
     * membership they wait on; and the items' rows, per period and for either.
     */
    private void scoreRowsEqualTheComputedCellsAtEveryCorner() {
        String corners = """
                WITH step (dk) AS (VALUES (interval '0'), (interval '-1 microsecond')),
                day (dd) AS (VALUES (0), (-1)),
                instants AS (
                    SELECT a.world_date, a.recorded_at AS k FROM rm_item_assessment a
                    UNION ALL
                    SELECT h.world_date, unnest(ARRAY[h.known_from, h.known_until]) FROM rm_item_status h),
                corners AS (
                    SELECT i.world_date + day.dd AS d, i.k + step.dk AS k FROM instants i, day, step
                    WHERE i.k IS NOT NULL)
                SELECT c.d::text AS d, c.k::text AS k FROM corners c ORDER BY md5(c.d || ' ' || c.k) LIMIT 300
                """;
        String differs = """
                WITH p AS (SELECT CAST(:d AS date) AS d, CAST(:k AS timestamptz) AS k),
                x AS (SELECT x.item_id, x.actor, x.binds FROM p, item_listing(p.d, p.k) x),
                cell AS (
                    SELECT DISTINCT ON (a.item_id, a.party, a.period) a.item_id, a.party, a.period, a.compliance,
                           x.actor, CASE WHEN x.actor = ANY(x.binds) AND a.party <> x.actor
                                              AND NOT a.party = ANY(x.binds) THEN x.actor ELSE '' END AS via_body
                    FROM p, rm_item_assessment a JOIN x ON x.item_id = a.item_id
                    WHERE a.recorded_at <= p.k AND a.world_date <= p.d
                    ORDER BY a.item_id, a.party, a.period, a.world_date DESC, a.version DESC),
                computed AS (
                    SELECT c.item_id::text, c.period::text, c.party::text,
                           c.period = 'FINAL' OR NOT EXISTS (SELECT 1 FROM cell f WHERE f.item_id = c.item_id
                                                             AND f.party = c.party AND f.period = 'FINAL') AS latest,
                           c.via_body::text, '{}'::text[] AS members, c.compliance::text
                    FROM cell c
                    UNION ALL
                    SELECT c.item_id, k.period, '', true,
                           CASE WHEN bool_or(c.via_body = '') THEN '' ELSE min(c.actor) END,
                           CASE WHEN bool_or(c.via_body = '') THEN '{}'::text[]
                                ELSE array_agg(DISTINCT c.party::text ORDER BY c.party::text) END, ''
                    FROM cell c CROSS JOIN LATERAL (SELECT c.period::text UNION ALL SELECT 'LATEST') k(period)
                    GROUP BY c.item_id, k.period),
                kept AS (
                    SELECT r.item_id::text, r.period::text, r.party::text, r.latest, r.via_body::text, r.members,
                           r.compliance::text
                    FROM p, rm_item_score_span r WHERE r.known @> p.k AND r.world @> p.d)
                SELECT EXISTS (SELECT * FROM computed EXCEPT ALL SELECT * FROM kept)
                    OR EXISTS (SELECT * FROM kept EXCEPT ALL SELECT * FROM computed)
                """;
        List<String> differing = new ArrayList<>();
        long cells = 0;
        for (Map<String, Object> point : jdbc.sql(corners).query().listOfRows()) {
            String asOf = (String) point.get("d");
            String knownAt = (String) point.get("k");
            if (jdbc.sql(differs)
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query(Boolean.class)
                    .single()) {
                differing.add(asOf + " " + knownAt);
            }
            cells += jdbc.sql("SELECT count(*) FROM rm_item_score_span r WHERE r.party <> ''"
                            + " AND r.known @> CAST(:k AS timestamptz) AND r.world @> CAST(:d AS date)")
                    .param("d", asOf)
                    .param("k", knownAt)
                    .query(Long.class)
                    .single();
        }
        assertThat(differing)
                .as("(asOf, knownAt) where the scorecard's rectangles differ from the computed cells")
                .isEmpty();
        assertThat(cells).as("cells compared at the corners").isGreaterThan(2_000);
        assertThat(jdbc.sql("SELECT count(DISTINCT via_body) FROM rm_item_score_span WHERE via_body <> ''")
                        .query(Long.class)
                        .single())
                .as("cells that count only while their party is a member of the body")
                .isPositive();
    }

    /**
     * The kept steps (rm_item_score_step, db/V285) summed along one axis against the rectangles they were kept from,
     * counted at the point: known now at each assessment's and status row's world date and the day before, and on a
     * date after every fact at each instant an assessment or a status row became known and the microsecond before.
     */
    private void scoreStepsCountTheScoreRows() {
        String groups = "period::text, party::text, latest, via_body::text, members, compliance::text";
        String byDate =
                "WITH g AS (SELECT " + groups + ", n FROM item_score_counts(CAST(:d AS date), 'infinity', 'W')),"
                        + " r AS (SELECT " + groups + ", count(*) AS n FROM rm_item_score_span"
                        + " WHERE known @> CAST('infinity' AS timestamptz) AND world @> CAST(:d AS date) GROUP BY 1, 2, 3, 4, 5, 6)"
                        + " SELECT EXISTS (SELECT * FROM g EXCEPT SELECT * FROM r) OR EXISTS (SELECT * FROM r EXCEPT SELECT * FROM g)";
        String byInstant = "WITH g AS (SELECT " + groups + ", n FROM item_score_counts('infinity',"
                + " CAST(:k AS timestamptz), 'K')), r AS (SELECT " + groups + ", count(*) AS n FROM rm_item_score_span"
                + " WHERE known @> CAST(:k AS timestamptz) AND world @> CAST('infinity' AS date) GROUP BY 1, 2, 3, 4, 5, 6)"
                + " SELECT EXISTS (SELECT * FROM g EXCEPT SELECT * FROM r) OR EXISTS (SELECT * FROM r EXCEPT SELECT * FROM g)";
        List<String> dates = jdbc.sql(
                        "SELECT DISTINCT (d + dd)::text FROM (SELECT world_date AS d FROM rm_item_assessment"
                                + " UNION SELECT world_date FROM rm_item_status) w, (VALUES (0), (-1)) AS day(dd)")
                .query(String.class)
                .list();
        List<String> instants = jdbc.sql("SELECT DISTINCT (k + dk)::text FROM (SELECT recorded_at AS k FROM"
                        + " rm_item_assessment UNION SELECT known_from FROM rm_item_status) i,"
                        + " (VALUES (interval '0'), (interval '-1 microsecond')) AS step(dk)")
                .query(String.class)
                .list();
        List<String> differing = new ArrayList<>();
        dates.forEach(d -> {
            if (jdbc.sql(byDate).param("d", d).query(Boolean.class).single()) {
                differing.add("as of " + d);
            }
        });
        instants.forEach(k -> {
            if (jdbc.sql(byInstant).param("k", k).query(Boolean.class).single()) {
                differing.add("known at " + k);
            }
        });
        assertThat(dates.size() + instants.size()).as("points").isGreaterThan(300);
        assertThat(differing)
                .as("points where the steps do not count the rectangles")
                .isEmpty();
    }

    /** Filters of the list, each with what it keeps of a row of the whole list. */
    private static final Map<String, Predicate<JsonNode>> FILTERS = filters();

    private static Map<String, Predicate<JsonNode>> filters() {
        Map<String, Predicate<JsonNode>> filters = new LinkedHashMap<>();
        for (String kind : List.of("DECISION", "PROPOSAL", "PLEDGE")) {
            filters.put("kind=" + kind, row -> row.get("kind").asString().equals(kind));
        }
        filters.put("open=true", row -> row.get("open").asBoolean());
        filters.put("open=false", row -> !row.get("open").asBoolean());
        filters.put("overdue=true", row -> row.get("overdue").asBoolean());
        filters.put("overdue=false", row -> !row.get("overdue").asBoolean());
        filters.put(
                "kind=PLEDGE&open=true",
                row -> row.get("kind").asString().equals("PLEDGE")
                        && row.get("open").asBoolean());
        filters.put(
                "kind=PROPOSAL&open=false",
                row -> row.get("kind").asString().equals("PROPOSAL")
                        && !row.get("open").asBoolean());
        filters.put(
                "kind=DECISION&overdue=true",
                row -> row.get("kind").asString().equals("DECISION")
                        && row.get("overdue").asBoolean());
        filters.put(
                "status=IN_IMPLEMENTATION", row -> row.get("status").asString().equals("IN_IMPLEMENTATION"));
        filters.put(
                "kind=PROPOSAL&status=ADOPTED",
                row -> row.get("kind").asString().equals("PROPOSAL")
                        && row.get("status").asString().equals("ADOPTED"));
        return filters;
    }

    /**
     * The list's filters at past axes, which read the rectangles one partial index at a time (SpanArms: only the kinds
     * and open states a filter can match), against the whole list, which the fold has just confirmed: the same ids in
     * the same order, and the same total.
     */
    private int filtersAgreeWithTheWholeList(String body, LocalDate asOf, Instant knownAt) {
        List<JsonNode> whole = new ArrayList<>();
        page(body, "", asOf, knownAt).get("items").forEach(whole::add);
        int compared = 0;
        for (Map.Entry<String, Predicate<JsonNode>> filter : FILTERS.entrySet()) {
            List<String> expected = whole.stream()
                    .filter(filter.getValue())
                    .map(row -> row.get("id").asString())
                    .toList();
            JsonNode page = page(body, "&" + filter.getKey(), asOf, knownAt);
            assertThat(Json.texts(page.get("items"), "id"))
                    .as("%s, asOf %s, knownAt %s", filter.getKey(), asOf, knownAt)
                    .containsExactlyElementsOf(expected);
            assertThat(page.get("total").asLong()).isEqualTo(expected.size());
            compared += expected.size();
        }
        return compared;
    }

    private JsonNode page(String body, String filters, LocalDate asOf, Instant knownAt) {
        HttpResponse<String> response = api.get("/api/items?size=500&body=" + body + filters + "&asOf=" + asOf
                + (knownAt == null ? "" : "&knownAt=" + knownAt));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private Map<String, HistoryFold.Expected> listed(String body, LocalDate asOf, Instant knownAt) {
        return listed(body, null, asOf, knownAt);
    }

    private Map<String, HistoryFold.Expected> listed(String body, String party, LocalDate asOf, Instant knownAt) {
        HttpResponse<String> response = api.get("/api/items?size=500&body=" + body
                + (party == null ? "" : "&party=" + party)
                + "&asOf=" + asOf
                + (knownAt == null ? "" : "&knownAt=" + knownAt));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode page = Json.read(response.body());
        assertThat(page.get("total").asLong()).isLessThan(500);
        Map<String, HistoryFold.Expected> rows = new HashMap<>();
        for (JsonNode row : page.get("items")) {
            List<String> themes = new ArrayList<>();
            row.get("themes").forEach(theme -> themes.add(theme.asString()));
            JsonNode due = row.get("due");
            String dueText = due.isNull() ? null : dueText(due);
            rows.put(
                    row.get("id").asString(),
                    new HistoryFold.Expected(
                            row.get("id").asString(),
                            row.get("status").asString(),
                            row.get("open").asBoolean(),
                            row.get("overdue").asBoolean(),
                            row.get("title").asString(),
                            themes,
                            dueText,
                            row.get("actor").asString(),
                            LocalDate.parse(row.get("openedOn").get("date").asString()),
                            row.get("followUps").asLong(),
                            row.get("lastFollowUpSessionId").isNull()
                                    ? null
                                    : row.get("lastFollowUpSessionId").asString(),
                            row.get("sessionsElapsed").isNull()
                                    ? null
                                    : row.get("sessionsElapsed").asLong(),
                            row.get("version").asLong()));
        }
        return rows;
    }

    private static String dueText(JsonNode due) {
        String date = due.get("date").asString();
        return switch (due.get("precision").asString()) {
            case "YEAR" -> date.substring(0, 4);
            case "MONTH" -> date.substring(0, 7);
            case "ON_OR_BEFORE" -> "[.." + date + "]";
            default -> date;
        };
    }
}
