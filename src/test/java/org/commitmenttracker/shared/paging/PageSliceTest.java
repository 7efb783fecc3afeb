package org.commitmenttracker.shared.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.commitmenttracker.item.session.SessionPaging;
import org.commitmenttracker.reporting.scorecard.ScorecardPaging;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.junit.jupiter.api.Test;

class PageSliceTest {

    @Test
    void defaultsAndBounds() {
        assertThat(PageSlice.of(null, null, 500)).isEqualTo(new PageSlice(0, 500));
        assertThat(PageSlice.of(null, null, 20, 500)).isEqualTo(new PageSlice(0, 20));
        assertThat(PageSlice.of(3, 500, 500).offset()).isEqualTo(1500);
        assertThat(PageSlice.of(Integer.MAX_VALUE, 500, 500).offset())
                .as("no int overflow")
                .isPositive();
        assertThatThrownBy(() -> PageSlice.of(-1, null, 500))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("page"));
        assertThatThrownBy(() -> PageSlice.of(0, 501, 500))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("size"));
    }

    @Test
    void sessionAndScorecardPagingApplyTheSameCheck() {
        assertThat(new SessionPaging(null, null)).isEqualTo(new SessionPaging(0, SessionPaging.DEFAULT_SIZE));
        assertThat(new ScorecardPaging(null, null)).isEqualTo(new ScorecardPaging(0, ScorecardPaging.MAX_SIZE));
        assertThatThrownBy(() -> new SessionPaging(0, 0))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("size"));
        assertThatThrownBy(() -> new ScorecardPaging(-1, 10))
                .isInstanceOfSatisfying(
                        InvalidField.class, e -> assertThat(e.field()).isEqualTo("page"));
    }
}
