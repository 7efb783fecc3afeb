package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.junit.jupiter.api.Test;

/** Each with-method changes its own criterion and keeps every other, and the result is checked like any criteria. */
class ItemCriteriaTest {

    private static final LocalDate MAY = LocalDate.parse("2024-05-01");
    private static final LocalDate JUNE = LocalDate.parse("2024-06-01");

    private final ItemCriteria all = new ItemCriteria(
            ItemKind.PLEDGE,
            ItemStatus.values()[0],
            true,
            false,
            "ARM",
            "CSC",
            Set.of("s1"),
            "s0",
            "security",
            MAY,
            JUNE,
            "border",
            Set.of("i1"),
            true,
            JUNE,
            MAY,
            JUNE);

    @Test
    void eachWithChangesOnlyItsCriterion() {
        assertThat(all.withOpen(false)).isEqualTo(copy(2, false));
        assertThat(all.withOverdue(true)).isEqualTo(copy(3, true));
        assertThat(all.withParty("KAZ")).isEqualTo(copy(4, "KAZ"));
        assertThat(all.withBody("EAEU")).isEqualTo(copy(5, "EAEU"));
        assertThat(all.withSessions(List.of("s2", "s3"))).isEqualTo(copy(6, Set.of("s2", "s3")));
        assertThat(all.withNotIntroducedAt("s9")).isEqualTo(copy(7, "s9"));
        assertThat(all.withTheme("trade")).isEqualTo(copy(8, "trade"));
        assertThat(all.withIds(List.of("i2"))).isEqualTo(copy(12, Set.of("i2")));
        assertThat(all.withFollowedUp(null)).isEqualTo(copy(13, null));
        assertThat(all.withNotClosedOn(MAY)).isEqualTo(copy(14, MAY));
        assertThat(all.withDueBy(JUNE)).isEqualTo(copy(15, JUNE));
        assertThat(all.withDueFrom(MAY)).isEqualTo(copy(16, MAY));
        ItemCriteria opened = all.withOpened(JUNE, null);
        assertThat(opened.from()).isEqualTo(JUNE);
        assertThat(opened.to()).isNull();
        assertThat(opened.withOpened(MAY, JUNE)).isEqualTo(all);
    }

    @Test
    void aCopyIsCheckedAndNormalisedLikeAnyCriteria() {
        assertThat(all.withParty("  ").party()).isNull();
        assertThat(all.withSessions(null).sessions()).isEmpty();
        assertThatThrownBy(() -> all.withOpened(JUNE, MAY))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("from"));
    }

    /** {@link #all} with the component at {@code index} replaced, built through the canonical constructor. */
    private ItemCriteria copy(int index, Object value) {
        Object[] values = {
            all.kind(),
            all.status(),
            all.open(),
            all.overdue(),
            all.party(),
            all.body(),
            all.sessions(),
            all.notIntroducedAt(),
            all.theme(),
            all.from(),
            all.to(),
            all.text(),
            all.ids(),
            all.followedUp(),
            all.notClosedOn(),
            all.dueBy(),
            all.dueFrom()
        };
        values[index] = value;
        try {
            return (ItemCriteria) ItemCriteria.class.getDeclaredConstructors()[0].newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
