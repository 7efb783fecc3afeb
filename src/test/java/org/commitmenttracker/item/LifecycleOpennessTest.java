package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Projections decide whether a status change leaves an item open from the new status alone. */
class LifecycleOpennessTest {

    @Test
    void everyStatusAMoveReachesIsOpenExactlyWhenItsKindsLifecycleSaysSo() {
        int checked = 0;
        for (ItemKind kind : ItemKind.values()) {
            Lifecycle lifecycle = Lifecycle.of(kind);
            for (ItemStatus status : ItemStatus.values()) {
                if (lifecycle.reachedByMove(status)) {
                    assertThat(Lifecycle.isOpenAfterMoveTo(status))
                            .as("%s moved to %s", kind, status)
                            .isEqualTo(lifecycle.isOpen(status));
                    checked++;
                }
            }
        }
        assertThat(checked).as("moves' target statuses over all kinds").isEqualTo(17);
    }

    @Test
    void adoptedIsOpenForANewDecisionButClosesAProposal() {
        assertThat(Lifecycle.DECISION.isOpen(ItemStatus.ADOPTED)).isTrue();
        assertThat(Lifecycle.isOpenAfterMoveTo(ItemStatus.ADOPTED)).isFalse();
    }
}
