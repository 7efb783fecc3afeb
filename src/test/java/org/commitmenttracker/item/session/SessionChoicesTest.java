package org.commitmenttracker.item.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Where a page only lets one choose a session (the item list's filter) or a body (the sessions page), it reads the
 * sessions without counting their items and follow-ups: the same sessions, in the same order, as the counted list.
 */
class SessionChoicesTest extends IntegrationTest {

    @Autowired
    SessionQueries sessions;

    @Test
    void theChoicesAreTheListedSessionsAndThePagesOfferThem() {
        ItemScenario s = ItemScenario.shared(api);
        TimeAxes now = TimeAxes.now();
        List<SessionFacts> listed = sessions.list(null, null, null, now);
        List<SessionFacts> choices = sessions.choices(now);

        assertThat(choices)
                .extracting(SessionFacts::id)
                .isEqualTo(listed.stream().map(SessionFacts::id).toList());
        assertThat(listed)
                .filteredOn(session -> session.id().equals(s.s2))
                .singleElement()
                .satisfies(session -> assertThat(session.itemsIntroduced()).isPositive());

        String items = api.get("/items").body();
        for (SessionFacts session : choices) {
            assertThat(items).contains("<option value=\"" + session.id() + "\"");
        }
        String sessionsPage = api.get("/sessions").body();
        choices.stream().map(SessionFacts::body).distinct().forEach(body -> assertThat(sessionsPage)
                .contains("<option value=\"" + body + "\""));
    }
}
