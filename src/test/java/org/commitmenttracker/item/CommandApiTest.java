package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.StoredEvents;
import org.commitmenttracker.support.StoredEvents.Stored;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every kind of command, sent over HTTP, is stored as the expected event in PostgreSQL. */
class CommandApiTest extends IntegrationTest {

    private Register register;

    @BeforeEach
    void setUpRegister() {
        register = new Register(api);
    }

    @Test
    void decisionIsStoredAsDecisionAdoptedWithRecorderInMetadata() {
        String id = Register.created(api.post(
                "/api/items/decisions",
                Fixtures.decision(register.session2019, register.body, "\"" + register.party + "\"")));
        Stored stored = StoredEvents.of(jdbc, id).getFirst();
        assertThat(stored.type()).isEqualTo("DecisionAdopted");
        assertThat(stored.payload())
                .contains(
                        "\"titleOriginal\":\"Решение о направлении Коллективных миротворческих сил ОДКБ\"",
                        "\"binds\":[\"" + register.party + "\"]",
                        "\"listPosition\":1",
                        "\"value\":2030");
        assertThat(stored.metadata()).contains("\"recordedBy\":\"admin\"");
    }

    @Test
    void proposalAndPledgeAreStoredAsTheirEvents() {
        String proposal = Register.created(
                api.post("/api/items/proposals", Fixtures.proposal(register.session2019, register.party)));
        String pledge = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        assertThat(StoredEvents.of(jdbc, proposal)).extracting(Stored::type).containsExactly("ProposalMade");
        assertThat(StoredEvents.of(jdbc, pledge).getFirst().payload())
                .contains(
                        "\"pledgedBy\":\"" + register.party + "\"",
                        "\"due\":{\"date\":\"2022-01-01\",\"precision\":\"MONTH\"}");
    }

    @Test
    void laterFactsAreStoredInOrderWithVersionsAsETags() {
        String decision = Register.created(api.post(
                "/api/items/decisions",
                Fixtures.decision(register.session2019, register.body, "\"" + register.party + "\"")));
        String proposal = Register.created(
                api.post("/api/items/proposals", Fixtures.proposal(register.session2019, register.party)));
        String at = "/api/items/" + decision;

        HttpResponse<String> stalled = api.post(at + "/status-changes", Fixtures.statusChange("STALLED"));
        assertThat(stalled.statusCode()).as(stalled.body()).isEqualTo(200);
        assertThat(stalled.headers().firstValue("ETag")).hasValue("\"1\"");
        ok(api.post(at + "/follow-ups", """
                {"sessionId": "%s", "raisedBy": "%s", "person": "Emomali Rahmon", "stance": "REPORTED_NOT_IMPLEMENTED",
                 "note": "not yet implemented", "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(register.session2022, register.other, Fixtures.SOURCE)));
        ok(api.post(at + "/assessments", """
                {"party": "%s", "period": "INTERIM", "score": "n/a", "worldDate": {"date": "2022", "precision": "YEAR"},
                 "source": %s}""".formatted(register.party, Fixtures.SOURCE)));
        ok(api.post("/api/items/" + proposal + "/links", """
                {"relation": "ADOPTED_AS", "target": "%s", "worldDate": {"date": "2019-11-28", "precision": "DAY"},
                 "source": %s}""".formatted(decision, Fixtures.SOURCE)));
        ok(api.post(at + "/corrections", """
                {"correctsVersion": 0, "field": "TITLE", "value": "Deployment of the peacekeeping forces",
                 "reason": "English title misread", "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(Fixtures.SOURCE)));

        List<Stored> events = StoredEvents.of(jdbc, decision);
        assertThat(events)
                .extracting(Stored::type)
                .containsExactly(
                        "DecisionAdopted", "StatusChanged", "FollowUpRaised", "PartyAssessed", "EntryCorrected");
        assertThat(events.get(1).payload()).contains("\"from\":\"ADOPTED\"", "\"to\":\"STALLED\"");
        assertThat(events.get(2).payload()).contains("\"stance\":\"REPORTED_NOT_IMPLEMENTED\"");
        assertThat(events.get(3).payload()).contains("\"score\":\"n/a\"");
        assertThat(events.get(4).payload()).contains("\"field\":\"TITLE\"", "\"reason\":\"English title misread\"");
        assertThat(StoredEvents.of(jdbc, proposal))
                .extracting(Stored::type)
                .containsExactly("ProposalMade", "ItemLinked");
    }

    @Test
    void sessionPartyAndBodyAreStoredAsTheirEvents() {
        assertThat(StoredEvents.of(jdbc, register.session2022).getFirst().payload())
                .contains("\"kind\":\"EXTRAORDINARY\"", "\"format\":\"VIDEO\"", "\"handover\":{");
        assertThat(StoredEvents.of(jdbc, "party:" + register.party))
                .extracting(Stored::type)
                .containsExactly("PartyRegistered");
        assertThat(StoredEvents.of(jdbc, "body:" + register.body).getFirst().payload())
                .contains("\"members\":[\"" + register.party + "\",\"" + register.other + "\"]");
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
