package org.commitmenttracker.item.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemOrder;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemQuery;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The session view's carried-over and closed lists come from session_body_items (db/R__session_view.sql), not from the
 * item query over the whole register (issue #17). For every session of the bundled seeds and the shared scenario, and a
 * sample of those other tests recorded, and at several time axes, they must be exactly what the item query selects for
 * the same criteria, in the same order, with the same totals, and paging must cut the same pages.
 */
class SessionListsEquivalenceTest extends IntegrationTest {

    private static final ItemOrder BY_OPENING = ItemOrder.by(ItemSort.OPENED, SortDirection.ASC);
    private static final ItemOrder BY_STATUS_DATE = ItemOrder.by(ItemSort.STATUS_SINCE, SortDirection.ASC);
    /** Who the bundled seeds are recorded by when a tracker loads them at its first start. */
    private static final String SEED_RECORDER = "system";
    /**
     * How many sessions other tests have recorded in the shared database (random histories among them) are compared
     * besides the scenario's and the seeds': a fixed pseudo-random sample. Comparing every one of them made the test's
     * time grow with the suite (165 s late in a full run), for more of the same kinds of session.
     */
    private static final int OTHER_SESSIONS = 12;

    @Autowired
    SessionViews views;

    @Autowired
    ItemQueries items;

    @Autowired
    SessionQueries sessionQueries;

    @Test
    void carriedOverAndClosedListsEqualTheItemQueryAtEveryAxis() {
        ItemScenario scenario = ItemScenario.shared(api);
        // A random history of its own, so that the test compares more than the scenario's sessions when it runs alone.
        new RandomHistory(new World(api), 2026L).batch(0, 30);
        Projections.awaitCaughtUp(api);
        List<String> sessions = jdbc.sql("""
                        SELECT session_id FROM rm_session
                        WHERE session_id IN (
                            SELECT session_id FROM rm_session WHERE body = :council OR recorded_by = :seeds
                            UNION ALL
                            (SELECT session_id FROM rm_session WHERE body <> :council AND recorded_by IS DISTINCT FROM :seeds
                             ORDER BY md5(session_id) LIMIT :others))
                        ORDER BY world_date, session_id""")
                .param("council", scenario.council)
                .param("seeds", SEED_RECORDER)
                .param("others", OTHER_SESSIONS)
                .query(String.class)
                .list();
        assertThat(sessions).hasSizeGreaterThan(3).contains(scenario.s1, scenario.s2, scenario.s3);
        List<TimeAxes> axes = List.of(
                TimeAxes.now(),
                new TimeAxes(LocalDate.of(2022, 1, 1), null),
                // Before the scenario's corrections: items changed since then are computed from their history.
                new TimeAxes(null, scenario.beforeCorrections),
                new TimeAxes(LocalDate.of(2021, 12, 31), Instant.now().minusSeconds(3_600)));
        int compared = 0;
        for (String session : sessions) {
            for (TimeAxes at : axes) {
                SessionView view;
                try {
                    // The largest page, which the lists below are compared with whole (the default page is 50).
                    view = views.view(session, at, new SessionPaging(0, SessionPaging.MAX_SIZE));
                } catch (RuntimeException notHeldYet) {
                    continue;
                }
                compared++;
                TimeAxes onDate = at.onDate(view.session().worldDate().date());
                ItemCriteria ofBody = ItemCriteria.any().withBody(view.session().body());
                ItemCriteria carried = ofBody.withOpen(true).withNotIntroducedAt(session);
                ItemCriteria closed = ofBody.withOpen(false);
                if (view.previousSession() != null) {
                    closed = closed.withNotClosedOn(view.previousSession().date());
                }
                String where = session + " at " + at;
                // The view counts the session's introduced items with their page, not as the session's own query does.
                assertThat(view.session())
                        .as("session and its counts, " + where)
                        .isEqualTo(sessionQueries.find(session, at).orElseThrow());
                assertThat(view.previousSession())
                        .as("previous session, " + where)
                        .isEqualTo(previous(view, at));
                assertThat(ids(view.carriedOver()))
                        .as("carried over, " + where)
                        .isEqualTo(ids(items.list(new ItemQuery(carried, BY_OPENING, 500, 0, onDate))));
                assertThat(view.carriedOverTotal())
                        .as("carried over total, " + where)
                        .isEqualTo(items.count(carried, onDate));
                assertThat(view.carriedOver())
                        .as("carried-over rows, " + where)
                        .isEqualTo(items.list(new ItemQuery(carried, BY_OPENING, 500, 0, onDate)));
                assertThat(ids(view.closedSincePrevious()))
                        .as("closed, " + where)
                        .isEqualTo(ids(items.list(new ItemQuery(closed, BY_STATUS_DATE, 500, 0, onDate))));
                ItemCriteria introduced = ItemCriteria.any().withSessions(List.of(session));
                assertThat(view.introduced())
                        .as("introduced rows, " + where)
                        .isEqualTo(items.list(new ItemQuery(introduced, BY_OPENING, 500, 0, at)));
                assertThat(view.introducedTotal())
                        .as("introduced total, " + where)
                        .isEqualTo(items.count(introduced, at));
                assertThat(view.closedSincePrevious())
                        .as("closed rows, " + where)
                        .isEqualTo(items.list(new ItemQuery(closed, BY_STATUS_DATE, 500, 0, onDate)));
                assertThat(view.closedTotal()).as("closed total, " + where).isEqualTo(items.count(closed, onDate));
                List<String> raised =
                        view.followedUp().stream().map(f -> f.item().id()).toList();
                assertThat(view.followedUp().stream()
                                .map(SessionView.FollowedUp::item)
                                .toList())
                        .as("followed-up rows, " + where)
                        .isEqualTo(
                                raised.stream().map(items.rows(raised, at)::get).toList());
                assertThat(view.followedUp()).as("followed up, " + where).hasSize(followUps(session, at));
                assertThat(view.followedUpTotal())
                        .as("followed-up total, " + where)
                        .isEqualTo(followUps(session, at));
                SessionView second = views.view(session, at, new SessionPaging(1, 1));
                assertThat(ids(second.carriedOver()))
                        .as("second page of one, " + where)
                        .isEqualTo(ids(items.list(new ItemQuery(carried, BY_OPENING, 1, 1, onDate))));
                assertThat(ids(second.introduced()))
                        .as("second introduced page of one, " + where)
                        .isEqualTo(ids(items.list(new ItemQuery(introduced, BY_OPENING, 1, 1, at))));
                assertThat(second.introducedTotal()).isEqualTo(view.introducedTotal());
                assertThat(second.carriedOverTotal()).isEqualTo(view.carriedOverTotal());
                assertThat(second.closedTotal()).isEqualTo(view.closedTotal());
                assertThat(second.followedUp().stream().map(f -> f.item().id()).toList())
                        .as("second followed-up page of one, " + where)
                        .isEqualTo(raised.size() > 1 ? raised.subList(1, 2) : List.of());
                assertThat(second.followedUpTotal()).isEqualTo(view.followedUpTotal());
            }
        }
        assertThat(compared).isGreaterThan(sessions.size());
    }

    /** The whole view (exports) joins the pages of every list: the same rows as one page of the largest size. */
    @Test
    void theWholeViewIsEveryPageJoined() {
        ItemScenario scenario = ItemScenario.shared(api);
        Projections.awaitCaughtUp(api);
        for (String session : List.of(scenario.s2, scenario.s3)) {
            TimeAxes now = TimeAxes.now();
            SessionView largest = views.view(session, now, new SessionPaging(0, SessionPaging.MAX_SIZE));
            assertThat(largest.longestList()).isGreaterThan(1).isLessThan(SessionPaging.MAX_SIZE);
            SessionView joined = views.whole(session, now, 1);
            assertThat(joined.introduced()).isEqualTo(largest.introduced());
            assertThat(joined.followedUp()).isEqualTo(largest.followedUp());
            assertThat(joined.carriedOver()).isEqualTo(largest.carriedOver());
            assertThat(joined.closedSincePrevious()).isEqualTo(largest.closedSincePrevious());
            assertThat(joined.longestList()).isEqualTo(largest.longestList());
        }
    }

    @Test
    void aPagePastTheEndIsEmptyAndStillTellsTheTotals() {
        ItemScenario scenario = ItemScenario.shared(api);
        Projections.awaitCaughtUp(api);
        SessionView first = views.view(scenario.s2, TimeAxes.now());
        SessionView beyond = views.view(scenario.s2, TimeAxes.now(), new SessionPaging(50, 10));
        assertThat(beyond.carriedOver()).isEmpty();
        assertThat(beyond.closedSincePrevious()).isEmpty();
        assertThat(beyond.carriedOverTotal())
                .isEqualTo(first.carriedOverTotal())
                .isPositive();
        assertThat(beyond.closedTotal()).isEqualTo(first.closedTotal()).isPositive();
        assertThat(beyond.followedUp()).isEmpty();
        assertThat(beyond.followedUpTotal()).isEqualTo(first.followedUpTotal()).isPositive();
    }

    /** The latest session of the view's body dated before it, as held and known at those axes. */
    private SessionFacts.Reference previous(SessionView view, TimeAxes at) {
        return jdbc.sql("""
                        SELECT session_id, title, world_date FROM register_sessions(:knownAt, :asOf)
                        WHERE body = :body AND world_date < :date
                        ORDER BY world_date DESC, session_id LIMIT 1""")
                .param("knownAt", at.knownAtParameter())
                .param("asOf", at.asOf())
                .param("body", view.session().body())
                .param("date", view.session().worldDate().date())
                .query((rs, n) -> new SessionFacts.Reference(
                        rs.getString("session_id"), rs.getString("title"), rs.getObject("world_date", LocalDate.class)))
                .optional()
                .orElse(null);
    }

    /** Follow-ups raised at the session, known and dated by then, on items there at those axes. */
    private int followUps(String session, TimeAxes at) {
        return jdbc.sql("""
                        SELECT count(*) FROM rm_item_follow_up f
                        WHERE f.session_id = :session AND f.recorded_at <= :knownAt AND f.world_date <= :asOf
                          AND f.item_id IN (SELECT x.item_id FROM item_overview(:asOf, :knownAt) x)""")
                .param("session", session)
                .param("knownAt", at.knownAtParameter())
                .param("asOf", at.asOf())
                .query(Integer.class)
                .single();
    }

    private static List<String> ids(List<ItemRow> rows) {
        return rows.stream().map(ItemRow::id).toList();
    }
}
