package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.security.BrowserSession;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A person's name in Russian goes from the command through the event and the read model to the API beside the Latin
 * spelling; Russian pages show it, English pages the Latin one, and Russian search finds the item by it in any case.
 */
class PersonNamesTest extends IntegrationTest {

    private static final String TOKAYEV = "Kassym-Jomart Tokayev";
    private static final String TOKAYEV_RU = "Касым-Жомарт Токаев";
    private static final String PUTIN = "Vladimir Putin";
    private static final String PUTIN_RU = "Владимир Путин";
    private static final String PASHINYAN = "Nikol Pashinyan";
    private static final String PASHINYAN_RU = "Никол Пашинян";

    @Autowired
    EventStore eventStore;

    @Test
    void theRussianNameRoundTripsAndShowsOnRussianPagesOnly() {
        Register register = new Register(api);
        String id = proposalBy(register, TOKAYEV_RU);
        HttpResponse<String> followUp = api.post("/api/items/" + id + "/follow-ups", """
                {"sessionId": "%s", "raisedBy": "%s", "person": "%s", "personRu": "%s", "stance": "CALLED_FOR",
                 "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(
                        register.session2022, register.other, PUTIN, PUTIN_RU, Fixtures.SOURCE));
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
        String session = sessionWith(register, PASHINYAN, PASHINYAN_RU);
        Projections.awaitCaughtUp(api);

        JsonNode detail = Json.read(api.get("/api/items/" + id).body());
        assertThat(detail.get("item").get("person").asString()).isEqualTo(TOKAYEV);
        assertThat(detail.get("personRu").asString()).isEqualTo(TOKAYEV_RU);
        assertThat(detail.get("followUps").get(0).get("person").asString()).isEqualTo(PUTIN);
        assertThat(detail.get("followUps").get(0).get("personRu").asString()).isEqualTo(PUTIN_RU);

        String russian = page("/items/" + id + "?lang=ru");
        assertThat(russian)
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV_RU + "\\)<")
                .contains("(" + PUTIN_RU + ")");
        String english = page("/items/" + id + "?lang=en");
        assertThat(english)
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV + "\\)<")
                .contains("(" + PUTIN + ")")
                .doesNotContain(TOKAYEV_RU, PUTIN_RU);

        assertThat(page("/sessions/" + register.session2022 + "?lang=ru"))
                .contains("(" + PUTIN_RU + ")")
                .doesNotContain(PUTIN);
        assertThat(page("/sessions/" + register.session2022 + "?lang=en"))
                .contains("(" + PUTIN + ")")
                .doesNotContain(PUTIN_RU);
        assertThat(page("/sessions/" + session + "?lang=ru"))
                .contains(PASHINYAN_RU)
                .doesNotContain(PASHINYAN);
        assertThat(page("/sessions/" + session + "?lang=en"))
                .contains(PASHINYAN)
                .doesNotContain(PASHINYAN_RU);
        JsonNode participant = Json.read(api.get("/api/sessions/" + session).body())
                .findValue("participants")
                .get(0);
        assertThat(participant.get("person").asString()).isEqualTo(PASHINYAN);
        assertThat(participant.get("personRu").asString()).isEqualTo(PASHINYAN_RU);
    }

    @Test
    void withoutARussianNameRussianPagesShowTheLatinOne() {
        Register register = new Register(api);
        String id = Register.created(
                api.post("/api/items/proposals", Fixtures.proposal(register.session2019, register.party)));
        Projections.awaitCaughtUp(api);

        assertThat(Json.read(api.get("/api/items/" + id).body()).get("personRu").isNull())
                .isTrue();
        assertThat(page("/items/" + id + "?lang=ru")).containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV + "\\)<");
    }

    @Test
    void russianSearchFindsTheItemByThePersonsNameInAnyInflection() {
        Register register = new Register(api);
        String id = proposalBy(register, TOKAYEV_RU);
        HttpResponse<String> followUp = api.post("/api/items/" + id + "/follow-ups", """
                {"sessionId": "%s", "raisedBy": "%s", "person": "%s", "personRu": "%s", "stance": "CALLED_FOR",
                 "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(
                        register.session2022, register.other, PUTIN, PUTIN_RU, Fixtures.SOURCE));
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
        String unrelated = Register.created(api.post(
                "/api/items/proposals",
                Fixtures.proposal(register.session2019, register.other).replace(TOKAYEV, "Someone Else")));
        Projections.awaitCaughtUp(api);

        for (String query : new String[] {"Токаева", "Токаеву", "Касым-Жомарта Токаева", "Путина", "Tokayev"}) {
            JsonNode found = Json.read(api.get("/api/items?q=" + encode(query) + "&body=" + register.body)
                    .body());
            assertThat(Json.texts(found.get("items"), "id"))
                    .as("items found by \"%s\"", query)
                    .contains(id)
                    .doesNotContain(unrelated);
        }
    }

    @Test
    void aCorrectionReplacesTheRussianName() {
        Register register = new Register(api);
        String id = proposalBy(register, "Касым Токаев");
        HttpResponse<String> corrected =
                api.post("/api/items/" + id + "/corrections", """
                {"correctsVersion": 0, "field": "PERSON_RU", "value": "%s", "reason": "Spelt as the document writes it",
                 "worldDate": {"date": "2019-11-28", "precision": "DAY"}, "source": %s}""".formatted(TOKAYEV_RU, Fixtures.SOURCE));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        Projections.awaitCaughtUp(api);

        assertThat(Json.read(api.get("/api/items/" + id).body()).get("personRu").asString())
                .isEqualTo(TOKAYEV_RU);
        assertThat(page("/items/" + id + "?lang=ru"))
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV_RU + "\\)<");
    }

    @Test
    void theRecordFormTakesTheRussianNameToo() {
        Register register = new Register(api);
        BrowserSession browser = new BrowserSession(api.base());
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        String form = browser.get("/record/proposal").body();
        assertThat(form).contains("name=\"personRu\"");
        HttpResponse<String> sent = browser.postForm(
                "/record/proposal",
                "onBehalfOf=" + register.party + "&person=" + encode(TOKAYEV) + "&personRu=" + encode(TOKAYEV_RU)
                        + "&title=" + encode("Hold a conference on Afghanistan") + "&worldDate=2019-11-28"
                        + "&worldDate.precision=DAY&source.title=Transcript&source.publisher=Kremlin"
                        + "&source.locator=" + encode("line 3") + "&_csrf=" + encode(BrowserSession.formToken(form))
                        + "&_idempotencyKey=" + UUID.randomUUID());
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(302);
        String id = sent.headers()
                .firstValue("Location")
                .orElseThrow()
                .replaceAll(".*/items/", "")
                .replaceAll("[?#].*", "");
        Projections.awaitCaughtUp(api);

        assertThat(Json.read(api.get("/api/items/" + id).body()).get("personRu").asString())
                .isEqualTo(TOKAYEV_RU);
    }

    @Test
    void aProposalStoredBeforeTheFieldExistedLoadsWithoutARussianName() {
        Register register = new Register(api);
        String recorded = proposalBy(register, TOKAYEV_RU);
        String old = UUID.randomUUID().toString();
        // The same proposal as an event written before personRu existed: no such key in its JSON at all.
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT ?, ?, 0, type, time_stamp, payload_type, payload_revision,
                            convert_to(((convert_from(payload, 'UTF8')::jsonb - 'personRu' - 'summaryRu' - 'quote')
                                || jsonb_build_object('itemId', ?::text))::text, 'UTF8'), meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""").params(UUID.randomUUID().toString(), old, old, recorded).update();

        Object loaded = eventStore.readEvents(old).next().getPayload();
        assertThat(loaded).isInstanceOfSatisfying(ProposalMade.class, proposal -> {
            assertThat(proposal.person()).isEqualTo(TOKAYEV);
            assertThat(proposal.personRu()).isNull();
        });
        Projections.awaitCaughtUp(api);
        assertThat(page("/items/" + old + "?lang=ru"))
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV + "\\)<");
    }

    @Test
    void aRussianNameTooLongIsRefusedAsProblemJsonNamingTheField() {
        Register register = new Register(api);
        String tooLong = "Я".repeat(201);
        HttpResponse<String> proposal = api.post(
                "/api/items/proposals",
                Fixtures.proposal(register.session2019, register.party)
                        .replace("\"figures\": [],", "\"figures\": [], \"personRu\": \"" + tooLong + "\","));
        assertRefused(proposal, "personRu");
        HttpResponse<String> session = api.post("/api/sessions", """
                {"sessionId": "%s", "body": "%s", "worldDate": {"date": "2023-11-23", "precision": "DAY"},
                 "place": "Minsk", "kind": "REGULAR", "format": "IN_PERSON", "chair": "%s",
                 "participants": [{"person": "%s", "personRu": "%s", "role": "President", "party": "%s"}],
                 "source": %s}""".formatted(
                UUID.randomUUID(), register.body, register.party, PUTIN, tooLong, register.party, Fixtures.SOURCE));
        assertRefused(session, "participants[0].personRu");
        HttpResponse<String> wrongType = api.post(
                "/api/items/proposals",
                Fixtures.proposal(register.session2019, register.party)
                        .replace("\"figures\": [],", "\"figures\": [], \"personRu\": [\"Путин\"],"));
        assertRefused(wrongType, "personRu");
    }

    private String proposalBy(Register register, String personRu) {
        return Register.created(api.post(
                "/api/items/proposals",
                Fixtures.proposal(register.session2019, register.party)
                        .replace("\"figures\": [],", "\"figures\": [], \"personRu\": \"" + personRu + "\",")));
    }

    private String sessionWith(Register register, String person, String personRu) {
        String session = UUID.randomUUID().toString();
        Register.created(api.post("/api/sessions", """
                {"sessionId": "%s", "body": "%s", "worldDate": {"date": "2023-11-23", "precision": "DAY"},
                 "place": "Minsk", "kind": "REGULAR", "format": "IN_PERSON", "chair": "%s",
                 "participants": [{"person": "%s", "personRu": "%s", "role": "Prime Minister",
                                   "roleRu": "Премьер-министр", "party": "%s"}],
                 "source": %s}""".formatted(
                        session, register.body, register.party, person, personRu, register.party, Fixtures.SOURCE)));
        return session;
    }

    private static void assertRefused(HttpResponse<String> response, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = Json.read(response.body());
        assertThat(problem.get("errors").valueStream().map(e -> e.get("field").asString()))
                .as(response.body())
                .contains(field);
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    private String page(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
