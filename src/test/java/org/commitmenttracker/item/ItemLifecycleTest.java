package org.commitmenttracker.item;

import static org.commitmenttracker.item.ItemSamples.*;
import static org.commitmenttracker.item.ItemStatus.*;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The item lifecycles: legal moves are recorded, everything else is refused. */
class ItemLifecycleTest {

    private AggregateTestFixture<Item> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Item.class);
        fixture.registerInjectableResource(references());
    }

    @Test
    void givenNothing_whenRecordDecision_thenDecisionAdopted() {
        fixture.givenNoPriorActivity()
                .when(recordDecision(SESSION_2019, java.util.List.of("KAZ", "TJK")))
                .expectSuccessfulHandlerExecution()
                .expectEvents(decisionAdopted());
    }

    @Test
    void givenDecisionAdopted_whenStall_thenStatusChanged() {
        fixture.given(decisionAdopted()).when(changeStatus(STALLED)).expectEvents(statusChanged(ADOPTED, STALLED));
    }

    @Test
    void givenDecisionStalled_whenResumed_thenInImplementation() {
        fixture.given(decisionAdopted(), statusChanged(ADOPTED, STALLED))
                .when(changeStatus(IN_IMPLEMENTATION))
                .expectEvents(statusChanged(STALLED, IN_IMPLEMENTATION));
    }

    @ParameterizedTest
    @EnumSource(
            value = ItemStatus.class,
            names = {"IMPLEMENTED", "SUPERSEDED", "EXPIRED"})
    void givenDecisionClosed_whenAnyChange_thenRejected(ItemStatus closing) {
        fixture.given(decisionAdopted(), statusChanged(ADOPTED, closing))
                .when(changeStatus(IN_IMPLEMENTATION))
                .expectException(IllegalTransition.class)
                .expectNoEvents();
    }

    @Test
    void givenDecisionAdopted_whenMovedToPledgeStatus_thenRejected() {
        fixture.given(decisionAdopted()).when(changeStatus(FULFILLED)).expectException(IllegalTransition.class);
    }

    @Test
    void givenDecisionAdopted_whenSameStatus_thenRejected() {
        fixture.given(decisionAdopted()).when(changeStatus(ADOPTED)).expectException(IllegalTransition.class);
    }

    @Test
    void givenProposalMade_whenAdopted_thenStatusChanged() {
        fixture.given(proposalMade()).when(changeStatus(ADOPTED)).expectEvents(statusChanged(PROPOSED, ADOPTED));
    }

    @Test
    void givenProposalUnderConsideration_whenLapsed_thenStatusChanged() {
        fixture.given(proposalMade(), statusChanged(PROPOSED, UNDER_CONSIDERATION))
                .when(changeStatus(LAPSED))
                .expectEvents(statusChanged(UNDER_CONSIDERATION, LAPSED));
    }

    @Test
    void givenProposalRejected_whenAdopted_thenRejected() {
        fixture.given(proposalMade(), statusChanged(PROPOSED, REJECTED))
                .when(changeStatus(ADOPTED))
                .expectException(IllegalTransition.class);
    }

    @Test
    void givenProposalUnderConsideration_whenBackToProposed_thenRejected() {
        fixture.given(proposalMade(), statusChanged(PROPOSED, UNDER_CONSIDERATION))
                .when(changeStatus(PROPOSED))
                .expectException(IllegalTransition.class);
    }

    @Test
    void givenPledgeMade_whenInProgress_thenStatusChanged() {
        fixture.given(pledgeGiven()).when(changeStatus(IN_PROGRESS)).expectEvents(statusChanged(MADE, IN_PROGRESS));
    }

    @Test
    void givenPledgeInProgress_whenPartiallyFulfilled_thenStatusChanged() {
        fixture.given(pledgeGiven(), statusChanged(MADE, IN_PROGRESS))
                .when(changeStatus(PARTIALLY_FULFILLED))
                .expectEvents(statusChanged(IN_PROGRESS, PARTIALLY_FULFILLED));
    }

    @Test
    void givenPledgeWithdrawn_whenFulfil_thenRejected() {
        fixture.given(pledgeGiven(), statusChanged(MADE, WITHDRAWN))
                .when(changeStatus(FULFILLED))
                .expectException(IllegalTransition.class)
                .expectNoEvents();
    }

    @Test
    void givenPledgeMade_whenStalled_thenRejected() {
        fixture.given(pledgeGiven()).when(changeStatus(STALLED)).expectException(IllegalTransition.class);
    }
}
