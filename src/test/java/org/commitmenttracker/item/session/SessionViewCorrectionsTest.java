package org.commitmenttracker.item.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Corrections that move a date under the session view's shortcuts (issue #17): an item's opening redated after its
 * follow-ups (the followed-up list skips the lookup of the opening for follow-ups dated after every dating of it,
 * db/V275), and a session redated past the next one (the previous session is looked for among the sessions never
 * redated and those that were).
 */
class SessionViewCorrectionsTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    SessionViews views;

    @Test
    void aFollowUpCountsOnlyWhereItsItemIsThereAfterItsOpeningIsRedatedPastIt() {
        World world = new World(api);
        String party = world.party("ARM");
        String body = world.body("CSC", List.of(party));
        String first = world.session(body, "2023-03-01", party, map());
        String second = world.session(body, "2023-06-01", party, map());
        String pledge = world.pledge(first, party, "2023-03-01", map());
        String other = world.pledge(first, party, "2023-03-01", map());
        world.followUp(pledge, second, party, "CALLED_FOR", "2023-06-01");
        world.followUp(other, second, party, "CALLED_FOR", "2023-06-01");
        Projections.awaitCaughtUp(api);
        assertThat(afterOpening(second)).containsExactly(true, true);
        Instant beforeRedating = Instant.now();

        world.correct(pledge, 0, "WORLD_DATE", "2023-09-01", "2023-09-01");
        Projections.awaitCaughtUp(api);
        // The redating clears the flag of the follow-up it now precedes, and only that one.
        assertThat(afterOpening(second)).containsExactlyInAnyOrder(false, true);

        TimeAxes between = new TimeAxes(LocalDate.of(2023, 7, 1), null);
        assertThat(raised(second, between)).containsExactly(other);
        assertThat(views.view(second, between).followedUpTotal()).isEqualTo(1);
        TimeAxes betweenAsKnownBefore = new TimeAxes(LocalDate.of(2023, 7, 1), beforeRedating);
        assertThat(raised(second, betweenAsKnownBefore)).containsExactlyInAnyOrder(pledge, other);
        assertThat(views.view(second, betweenAsKnownBefore).followedUpTotal()).isEqualTo(2);
        TimeAxes later = new TimeAxes(LocalDate.of(2023, 10, 1), null);
        assertThat(raised(second, later)).containsExactlyInAnyOrder(pledge, other);
        assertThat(views.view(second, later).followedUpTotal()).isEqualTo(2);

        // Redated back before the follow-up: the flag stays cleared (false is always safe), and the item is there.
        world.correct(pledge, 0, "WORLD_DATE", "2023-03-02", "2023-09-02");
        Projections.awaitCaughtUp(api);
        // Axes made now: TimeAxes fixes knownAt when made, and the ones above were made before this redating.
        TimeAxes betweenNow = new TimeAxes(LocalDate.of(2023, 7, 1), null);
        assertThat(raised(second, betweenNow)).containsExactlyInAnyOrder(pledge, other);
        assertThat(views.view(second, betweenNow).followedUpTotal()).isEqualTo(2);
        // A follow-up recorded after a redating sees it when inserted.
        String third = world.session(body, "2023-08-01", party, map());
        world.followUp(pledge, third, party, "CALLED_FOR", "2023-08-01");
        Projections.awaitCaughtUp(api);
        assertThat(afterOpening(third)).containsExactly(false);
        assertThat(views.view(third, new TimeAxes(LocalDate.of(2023, 8, 15), null))
                        .followedUpTotal())
                .isEqualTo(1);
    }

    @Test
    void thePreviousSessionIsFoundByTheDatesAsCorrected() {
        World world = new World(api);
        String party = world.party("KAZ");
        String body = world.body("CSC", List.of(party));
        String first = world.session(body, "2023-01-10", party, map());
        String second = world.session(body, "2023-02-10", party, map());
        String third = world.session(body, "2023-03-10", party, map());
        Projections.awaitCaughtUp(api);
        assertThat(views.view(third, TimeAxes.now()).previousSession().id()).isEqualTo(second);
        Instant beforeRedating = Instant.now();

        correctSession(second, "2023-04-10");
        Projections.awaitCaughtUp(api);
        assertThat(views.view(third, TimeAxes.now()).previousSession().id()).isEqualTo(first);
        assertThat(views.view(second, TimeAxes.now()).previousSession().id()).isEqualTo(third);
        assertThat(views.view(third, new TimeAxes(null, beforeRedating))
                        .previousSession()
                        .id())
                .isEqualTo(second);

        correctSession(first, "2023-03-01");
        Projections.awaitCaughtUp(api);
        assertThat(views.view(third, TimeAxes.now()).previousSession().id()).isEqualTo(first);
        assertThat(views.view(third, TimeAxes.now()).previousSession().date()).isEqualTo(LocalDate.of(2023, 3, 1));
    }

    private List<Boolean> afterOpening(String session) {
        return jdbc.sql(
                        "SELECT after_opening FROM rm_item_follow_up WHERE session_id = :session ORDER BY after_opening")
                .param("session", session)
                .query(Boolean.class)
                .list();
    }

    /** The items followed up at the session, in the view at these axes. */
    private List<String> raised(String session, TimeAxes axes) {
        return views.view(session, axes).followedUp().stream()
                .map(f -> f.item().id())
                .toList();
    }

    private void correctSession(String session, String date) {
        Map<String, Object> command = map(
                "field",
                "WORLD_DATE",
                "value",
                date,
                "reason",
                "the report misread the original",
                "source",
                Map.of("title", "Corrigendum", "publisher", "Secretariat", "locator", "para 1"));
        HttpResponse<String> answer =
                api.post("/api/sessions/" + session + "/corrections", JSON.writeValueAsString(command));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }
}
