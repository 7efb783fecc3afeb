package org.commitmenttracker.item;

import static org.commitmenttracker.item.ItemSamples.*;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Follow-ups, assessments, links and corrections: the behaviour all three kinds share. */
class ItemFactsTest {

    private AggregateTestFixture<Item> fixture;
    private FakeReferences references;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Item.class);
        references = references();
        fixture.registerInjectableResource(references);
    }

    @Test
    void givenNothing_whenRecordDecisionAtUnknownSession_thenNotRecorded() {
        fixture.givenNoPriorActivity()
                .when(recordDecision("99999999-9999-9999-9999-999999999999", List.of()))
                .expectException(NotRecorded.class);
    }

    @Test
    void givenNothing_whenDecisionBindsUnknownParty_thenInvalidField() {
        fixture.givenNoPriorActivity()
                .when(recordDecision(SESSION_2019, List.of("XXX")))
                .expectException(InvalidField.class)
                .expectExceptionMessage("party XXX is not registered");
    }

    @Test
    void givenNothing_whenPledgeImplementsAProposal_thenInvalidField() {
        references.items.put(OTHER, ItemKind.PROPOSAL);
        fixture.givenNoPriorActivity().when(recordPledge(OTHER)).expectException(InvalidField.class);
    }

    @Test
    void givenDecision2019_whenFollowedUpIn2022_thenFollowUpRaisedAndStatusUnchanged() {
        fixture.given(decisionAdopted())
                .when(raiseFollowUp(SESSION_2022))
                .expectEvents(new FollowUpRaised(
                        ID,
                        SESSION_2022,
                        "TJK",
                        "Emomali Rahmon",
                        FollowUpStance.REPORTED_NOT_IMPLEMENTED,
                        "still not done",
                        JAN_2022,
                        SOURCE,
                        null,
                        null,
                        null,
                        null));
    }

    @Test
    void givenDecision2019_whenFollowedUpAtItsOwnSession_thenRejected() {
        fixture.given(decisionAdopted()).when(raiseFollowUp(SESSION_2019)).expectException(RuleViolation.class);
    }

    @Test
    void givenPledge2022_whenFollowedUpAtEarlierSession_thenRejected() {
        fixture.given(pledgeGiven()).when(raiseFollowUp(SESSION_2019)).expectException(RuleViolation.class);
    }

    @Test
    void givenDecision_whenFollowedUpAtUnknownSession_thenNotRecorded() {
        fixture.given(decisionAdopted())
                .when(raiseFollowUp("99999999-9999-9999-9999-999999999999"))
                .expectException(NotRecorded.class);
    }

    @Test
    void givenDecisionBindingTjk_whenTjkAssessedNotApplicable_thenPartyAssessed() {
        fixture.given(decisionAdopted())
                .when(assess("TJK", Compliance.NOT_APPLICABLE))
                .expectEvents(new PartyAssessed(
                        ID, "TJK", AssessmentPeriod.INTERIM, Compliance.NOT_APPLICABLE, null, JAN_2022, SOURCE));
    }

    @Test
    void givenDecisionBindingTjk_whenUnboundPartyAssessed_thenInvalidField() {
        fixture.given(decisionAdopted()).when(assess("RUS", Compliance.FULL)).expectException(InvalidField.class);
    }

    @Test
    void givenPledge_whenPledgingPartyAssessedNonCompliant_thenPartyAssessed() {
        fixture.given(pledgeGiven())
                .when(assess("RUS", Compliance.NON_COMPLIANCE))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void givenProposal_whenLinkedAdoptedAsDecision_thenItemLinked() {
        references.items.put(OTHER, ItemKind.DECISION);
        fixture.given(proposalMade())
                .when(link(LinkRelation.ADOPTED_AS, OTHER))
                .expectEvents(new ItemLinked(ID, LinkRelation.ADOPTED_AS, OTHER, null, JAN_2022, SOURCE));
    }

    @Test
    void givenPledge_whenLinkedAdoptedAs_thenInvalidField() {
        references.items.put(OTHER, ItemKind.DECISION);
        fixture.given(pledgeGiven()).when(link(LinkRelation.ADOPTED_AS, OTHER)).expectException(InvalidField.class);
    }

    @Test
    void givenDecision_whenSupersedesAPledge_thenInvalidField() {
        references.items.put(OTHER, ItemKind.PLEDGE);
        fixture.given(decisionAdopted())
                .when(link(LinkRelation.SUPERSEDES, OTHER))
                .expectException(InvalidField.class);
    }

    @Test
    void givenItem_whenLinkedToItself_thenInvalidField() {
        references.items.put(ID, ItemKind.DECISION);
        fixture.given(decisionAdopted()).when(link(LinkRelation.REFERS_TO, ID)).expectException(InvalidField.class);
    }

    @Test
    void givenLinked_whenLinkedAgain_thenRejected() {
        references.items.put(OTHER, ItemKind.DECISION);
        fixture.given(pledgeGiven(), new ItemLinked(ID, LinkRelation.IMPLEMENTS, OTHER, null, JAN_2022, SOURCE))
                .when(link(LinkRelation.IMPLEMENTS, OTHER))
                .expectException(RuleViolation.class);
    }

    @Test
    void givenItem_whenLinkedToUnknownItem_thenNotRecorded() {
        fixture.given(decisionAdopted())
                .when(link(LinkRelation.REFERS_TO, OTHER))
                .expectException(NotRecorded.class);
    }

    @Test
    void givenDecision_whenTitleCorrected_thenEntryCorrected() {
        fixture.given(decisionAdopted())
                .when(correct(0L, CorrectableField.TITLE, "  Corrected title "))
                .expectEvents(new EntryCorrected(
                        ID, 0, new CorrectedValue.Title("Corrected title"), "misread the source", JAN_2022, SOURCE));
    }

    @Test
    void givenStatusChange_whenItsWorldDateCorrected_thenEntryCorrectedAgainstThatVersion() {
        fixture.given(decisionAdopted(), statusChanged(ItemStatus.ADOPTED, ItemStatus.STALLED))
                .when(correct(1L, CorrectableField.WORLD_DATE, "2021-12"))
                .expectEvents(new EntryCorrected(
                        ID,
                        1,
                        new CorrectedValue.Redated(WorldDate.parse("2021-12")),
                        "misread the source",
                        JAN_2022,
                        SOURCE));
    }

    @Test
    void givenDecision_whenFutureVersionCorrected_thenInvalidField() {
        fixture.given(decisionAdopted())
                .when(correct(5L, CorrectableField.TITLE, "x"))
                .expectException(InvalidField.class);
    }

    @Test
    void givenFollowUp_whenItsWorldDateCorrected_thenInvalidField() {
        fixture.given(
                        decisionAdopted(),
                        new FollowUpRaised(
                                ID,
                                SESSION_2022,
                                "TJK",
                                null,
                                FollowUpStance.CALLED_FOR,
                                null,
                                JAN_2022,
                                SOURCE,
                                null,
                                null,
                                null,
                                null))
                .when(correct(1L, CorrectableField.WORLD_DATE, "2022"))
                .expectException(InvalidField.class);
    }

    @Test
    void givenDecision_whenDueCorrectedToNonsense_thenInvalidField() {
        fixture.given(decisionAdopted())
                .when(correct(0L, CorrectableField.DUE, "next spring"))
                .expectException(InvalidField.class);
    }

    @Test
    void givenProposal_whenBindsCorrected_thenInvalidField() {
        fixture.given(proposalMade())
                .when(correct(0L, CorrectableField.BINDS, "KAZ"))
                .expectException(InvalidField.class);
    }

    @Test
    void givenBindsCorrectedToAddRus_whenRusAssessed_thenPartyAssessed() {
        fixture.given(
                        decisionAdopted(),
                        new EntryCorrected(
                                ID,
                                0,
                                new CorrectedValue.Binds(List.of("KAZ", "TJK", "RUS")),
                                "omitted",
                                JAN_2022,
                                SOURCE))
                .when(assess("RUS", Compliance.PARTIAL))
                .expectSuccessfulHandlerExecution();
    }
}
