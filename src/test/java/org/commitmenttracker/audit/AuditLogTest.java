package org.commitmenttracker.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The audit log holds every event of every aggregate, filtered by range, recorder, item, session and type. */
class AuditLogTest extends IntegrationTest {

    @Autowired
    CommandGateway commands;

    private ItemScenario s;

    @BeforeEach
    void scenario() {
        s = ItemScenario.shared(api);
    }

    private JsonNode audit(String query) {
        HttpResponse<String> response = api.get("/api/audit?" + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    @Test
    void listsAnItemsEventsInStoreOrderWithWordsAndRecorder() {
        JsonNode page = audit("item=" + s.terrorList + "&order=ASC");
        assertThat(page.get("total").asLong()).isEqualTo(8);
        JsonNode events = page.get("events");
        assertThat(Json.texts(events, "type"))
                .containsExactly(
                        "DecisionAdopted",
                        "FollowUpRaised",
                        "FollowUpRaised",
                        "PartyAssessed",
                        "PartyAssessed",
                        "PartyAssessed",
                        "EntryCorrected",
                        "EntryCorrected");
        assertThat(events.get(0).get("aggregateType").asString()).isEqualTo("Item");
        assertThat(events.get(0).get("version").asLong()).isZero();
        assertThat(events.get(0).get("recordedBy").asString()).isEqualTo(ADMIN);
        assertThat(events.get(0).get("summary").asString())
                .startsWith(s.council + " adopted the decision «Form a unified list");
        assertThat(events.get(4).get("summary").asString())
                .isEqualTo(s.rus + " assessed n/a (not applicable) for the final period");
        assertThat(events.get(0).get("payload").get("titleOriginal").asString())
                .isEqualTo("О формировании единого списка террористических организаций");
        assertThat(events.get(1).get("globalIndex").asLong())
                .isGreaterThan(events.get(0).get("globalIndex").asLong());
    }

    @Test
    void filtersBySessionTypeAndRecordingRange() {
        assertThat(Json.texts(audit("session=" + s.s2 + "&order=ASC").get("events"), "type"))
                .containsExactly("SessionHeld", "DecisionAdopted", "PledgeGiven", "PledgeGiven", "FollowUpRaised");
        assertThat(audit("item=" + s.terrorList + "&type=EntryCorrected")
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(audit("item=" + s.terrorList + "&from=" + s.beforeCorrections)
                        .get("total")
                        .asLong())
                .isEqualTo(2);
        assertThat(audit("item=" + s.terrorList + "&to=" + s.beforeCorrections)
                        .get("total")
                        .asLong())
                .isEqualTo(6);
        JsonNode parties = audit("type=PartyRegistered&size=500").get("events");
        assertThat(Json.texts(parties, "aggregateId")).contains("party:" + s.arm, "party:" + s.kaz);
    }

    @Test
    void filtersByRecorder() {
        World world = new World(api);
        String party = world.party("AUD");
        String body = world.body("AUDB", List.of(party));
        String session = world.session(body, "2024-02-01", party, World.map());
        String pledge = world.pledge(session, party, "2024-02-01", World.map());
        Source source = new Source("Audit source", "Test publisher", null, null, "p. 2");
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new ChangeStatus(
                        pledge, null, ItemStatus.IN_PROGRESS, null, WorldDate.parse("2024-03"), source))
                .andMetaData(Map.of(RecorderMetadata.RECORDED_BY, "auditor " + party)));
        Projections.awaitCaughtUp(api);
        JsonNode byAuditor = audit("recordedBy=" + ("auditor%20" + party));
        assertThat(Json.texts(byAuditor.get("events"), "type")).containsExactly("StatusChanged");
        assertThat(byAuditor.get("events").get(0).get("itemId").asString()).isEqualTo(pledge);
        assertThat(audit("item=" + pledge + "&recordedBy=admin").get("total").asLong())
                .isEqualTo(1);
        assertThat(Instant.parse(
                        byAuditor.get("events").get(0).get("recordedAt").asString()))
                .isBefore(Instant.now());
    }
}
