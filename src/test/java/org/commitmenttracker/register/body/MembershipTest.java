package org.commitmenttracker.register.body;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.junit.jupiter.api.Test;

/** The membership timeline rules on their own: placed by date, checked whole. */
class MembershipTest {

    private static Membership.Step step(String date, MembershipChange change) {
        return new Membership.Step(date == null ? null : LocalDate.parse(date), change);
    }

    private static List<Membership.Step> timeline(Membership.Step... steps) {
        List<Membership.Step> timeline = new ArrayList<>();
        for (Membership.Step step : steps) {
            Membership.insert(timeline, step);
        }
        return timeline;
    }

    @Test
    void aMemberMayLeaveAndJoinAgain() {
        List<Membership.Step> history =
                timeline(step(null, MembershipChange.JOINED), step("1999-04-02", MembershipChange.LEFT));
        assertThatCode(() -> Membership.check("B", "P", history, step("2006-08-16", MembershipChange.JOINED)))
                .doesNotThrowAnyException();
    }

    @Test
    void aChangeRecordedOutOfDateOrderIsPlacedByItsDate() {
        // A suspension recorded after the departure but dated before it is consistent.
        List<Membership.Step> history =
                timeline(step(null, MembershipChange.JOINED), step("2020-01-01", MembershipChange.LEFT));
        assertThatCode(() -> Membership.check("B", "P", history, step("2015-01-01", MembershipChange.SUSPENDED)))
                .doesNotThrowAnyException();
        // Resuming after the departure is not.
        assertThatThrownBy(() -> Membership.check("B", "P", history, step("2021-01-01", MembershipChange.RESUMED)))
                .isInstanceOf(InvalidField.class)
                .hasMessageContaining("no suspended participation");
    }

    @Test
    void aChangeThatBreaksALaterOneIsRefusedOnItsDate() {
        List<Membership.Step> history =
                timeline(step(null, MembershipChange.JOINED), step("2020-01-01", MembershipChange.LEFT));
        assertThatThrownBy(() -> Membership.check("B", "P", history, step("2010-01-01", MembershipChange.LEFT)))
                .isInstanceOfSatisfying(InvalidField.class, e -> org.assertj.core.api.Assertions.assertThat(e.field())
                        .isEqualTo("worldDate"))
                .hasMessageContaining("contradicts");
    }

    @Test
    void aPartyThatNeverJoinedCannotLeave() {
        assertThatThrownBy(() -> Membership.check("B", "P", List.of(), step("2010-01-01", MembershipChange.LEFT)))
                .isInstanceOf(InvalidField.class)
                .hasMessage("P is not a member of B on 2010-01-01");
    }
}
