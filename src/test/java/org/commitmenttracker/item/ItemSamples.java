package org.commitmenttracker.item;

import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** Events and commands for aggregate tests, with the values that do not matter to a rule filled in. */
final class ItemSamples {

    static final String ID = "11111111-1111-1111-1111-111111111111";
    static final String OTHER = "22222222-2222-2222-2222-222222222222";
    static final String SESSION_2019 = "33333333-3333-3333-3333-333333333333";
    static final String SESSION_2022 = "44444444-4444-4444-4444-444444444444";
    static final WorldDate NOV_2019 = WorldDate.day(LocalDate.of(2019, 11, 28));
    static final WorldDate JAN_2022 = WorldDate.day(LocalDate.of(2022, 1, 10));
    static final Source SOURCE = new Source("Session report", "Akorda", null, null, "line 7");

    private ItemSamples() {}

    static FakeReferences references() {
        FakeReferences references = new FakeReferences();
        references.sessions.put(SESSION_2019, NOV_2019);
        references.sessions.put(SESSION_2022, JAN_2022);
        references.parties.addAll(List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK"));
        references.bodies.add("CSTO-CSC");
        return references;
    }

    static DecisionAdopted decisionAdopted() {
        return new DecisionAdopted(
                ID,
                SESSION_2019,
                "CSTO-CSC",
                "decision",
                "Решение",
                "Decision",
                null,
                1,
                List.of("border-security"),
                List.of("KAZ", "TJK"),
                null,
                List.of(),
                NOV_2019,
                SOURCE);
    }

    static ProposalMade proposalMade() {
        return new ProposalMade(
                ID,
                SESSION_2019,
                "KAZ",
                "Kassym-Jomart Tokayev",
                "proposal",
                "Hold a conference",
                null,
                List.of("afghanistan"),
                List.of(),
                NOV_2019,
                SOURCE,
                null,
                null,
                null);
    }

    static PledgeGiven pledgeGiven() {
        return new PledgeGiven(
                ID,
                SESSION_2022,
                "RUS",
                "Vladimir Putin",
                "pledge",
                "Withdraw the contingent",
                null,
                List.of("peacekeeping"),
                new WorldDate(LocalDate.of(2022, 2, 1), DatePrecision.MONTH),
                null,
                List.of(),
                JAN_2022,
                SOURCE,
                null,
                null,
                null);
    }

    static RecordDecision recordDecision(String sessionId, List<String> binds) {
        return new RecordDecision(
                ID,
                sessionId,
                "CSTO-CSC",
                "decision",
                "Решение",
                "Decision",
                null,
                1,
                List.of("border-security"),
                binds,
                null,
                List.of(),
                NOV_2019,
                SOURCE);
    }

    static RecordPledge recordPledge(String implementsDecision) {
        return new RecordPledge(
                ID,
                SESSION_2022,
                "RUS",
                "Vladimir Putin",
                "pledge",
                "Withdraw the contingent",
                null,
                List.of("peacekeeping"),
                null,
                implementsDecision,
                List.of(),
                JAN_2022,
                SOURCE,
                null,
                null,
                null);
    }

    static ChangeStatus changeStatus(ItemStatus to) {
        return new ChangeStatus(ID, null, to, "reported", JAN_2022, SOURCE);
    }

    static StatusChanged statusChanged(ItemStatus from, ItemStatus to) {
        return new StatusChanged(ID, from, to, "reported", JAN_2022, SOURCE);
    }

    static RaiseFollowUp raiseFollowUp(String sessionId) {
        return new RaiseFollowUp(
                ID,
                null,
                sessionId,
                "TJK",
                "Emomali Rahmon",
                FollowUpStance.REPORTED_NOT_IMPLEMENTED,
                "still not done",
                JAN_2022,
                SOURCE,
                null,
                null,
                null,
                null);
    }

    static AssessParty assess(String party, Compliance score) {
        return new AssessParty(ID, null, party, AssessmentPeriod.INTERIM, score, null, JAN_2022, SOURCE);
    }

    static LinkItems link(LinkRelation relation, String target) {
        return new LinkItems(ID, null, relation, target, null, JAN_2022, SOURCE);
    }

    static CorrectEntry correct(Long version, CorrectableField field, String value) {
        return new CorrectEntry(ID, null, version, field, value, "misread the source", JAN_2022, SOURCE);
    }
}
