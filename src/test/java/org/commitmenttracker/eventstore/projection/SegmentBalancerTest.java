package org.commitmenttracker.eventstore.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The balancing rule alone; TwoNodesTest and scripts/cluster-test.sh run it between real nodes. */
class SegmentBalancerTest {

    @Test
    void fourSegmentsOnThreeNodesDoNotStayAtTwoTwoNothing() {
        assertThat(SegmentBalancer.shouldRelease(2, List.of(2L, 0L))).isTrue();
    }

    @Test
    void aSpreadOfAtMostOneIsLeftAlone() {
        assertThat(SegmentBalancer.shouldRelease(2, List.of(1L, 1L))).isFalse();
        assertThat(SegmentBalancer.shouldRelease(1, List.of(2L, 1L))).isFalse();
        assertThat(SegmentBalancer.shouldRelease(4, List.of())).isFalse();
    }

    @Test
    void theFirstNodeHandsOverWhenASecondArrives() {
        assertThat(SegmentBalancer.shouldRelease(4, List.of(0L))).isTrue();
        assertThat(SegmentBalancer.shouldRelease(3, List.of(1L))).isTrue();
        assertThat(SegmentBalancer.shouldRelease(2, List.of(2L))).isFalse();
    }
}
