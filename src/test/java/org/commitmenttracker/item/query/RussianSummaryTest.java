package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The optional Russian summary and quoted passage go from the command through the event and the read model to the API,
 * and the item page shows them, with party names and themes, in the reader's language.
 */
class RussianSummaryTest extends IntegrationTest {

    private static final String SUMMARY = "Казахстан предлагает провести конференцию по Афганистану.";
    private static final String QUOTE = "Предлагаем провести конференцию.";
    private static final String DECISION_RU = "Решение о направлении Коллективных миротворческих сил ОДКБ";
    private static final String DECISION_EN = "Decision to deploy the CSTO Collective Peacekeeping Forces";
    private static final String FOLLOW_UP_SUMMARY = "Таджикистан напоминает, что конференция ещё не проведена.";

    @Test
    void summaryAndQuoteRoundTripThroughTheApiAndShowOnlyOnRussianPages() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String party = "R" + suffix;
        Register.created(api.post("/api/parties", """
                {"code": "%s", "name": "Republic of Testland", "nameRu": "Республика Тестляндия", "kind": "STATE"}""".formatted(party)));
        Register register = new Register(api);
        String proposal = Fixtures.proposal(register.session2019, party)
                .replace(
                        "\"figures\": [],",
                        "\"figures\": [], \"summaryRu\": \"" + SUMMARY + "\", \"quote\": \"" + QUOTE + "\",");
        String id = Register.created(api.post("/api/items/proposals", proposal));
        HttpResponse<String> followUp = api.post("/api/items/" + id + "/follow-ups", """
                {"sessionId": "%s", "raisedBy": "%s", "stance": "CALLED_FOR", "note": "Not yet held",
                 "summaryRu": "%s", "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(
                        register.session2022, register.other, FOLLOW_UP_SUMMARY, Fixtures.SOURCE));
        assertThat(followUp.statusCode()).as(followUp.body()).isEqualTo(200);
        String decision = Register.created(
                api.post("/api/items/decisions", Fixtures.decision(register.session2022, register.body, "")));
        HttpResponse<String> link = api.post("/api/items/" + id + "/links", """
                {"relation": "ADOPTED_AS", "target": "%s", "worldDate": {"date": "2022-01-10", "precision": "DAY"},
                 "source": %s}""".formatted(decision, Fixtures.SOURCE));
        assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
        Projections.awaitCaughtUp(api);

        JsonNode detail = Json.read(api.get("/api/items/" + id).body());
        assertThat(detail.get("summaryRu").asString()).isEqualTo(SUMMARY);
        assertThat(detail.get("quote").asString()).isEqualTo(QUOTE);
        assertThat(detail.get("followUps").get(0).get("summaryRu").asString()).isEqualTo(FOLLOW_UP_SUMMARY);
        assertThat(detail.get("followUps").get(0).get("quote").isNull()).isTrue();

        String russian = page("/items/" + id + "?lang=ru");
        assertThat(russian)
                .contains(SUMMARY, QUOTE, FOLLOW_UP_SUMMARY, "Республика Тестляндия", "Афганистан", "предложение")
                .doesNotContain("Republic of Testland", "Hold a conference on Afghanistan");
        // No official Russian title: the Russian page leads with the Russian summary, not the English title.
        assertThat(russian).containsPattern("<h1 id=\"item-title\"[^>]*>" + SUMMARY + "</h1>");
        assertThat(page("/items?party=" + party + "&lang=ru"))
                .as("the Russian list shows the summary of an item without an official Russian title")
                .contains(SUMMARY)
                .doesNotContain("Hold a conference on Afghanistan");
        assertThat(page("/items?party=" + party + "&lang=en")).contains("Hold a conference on Afghanistan");
        // Related items and session pages lead with the official Russian title, else the Russian summary.
        assertThat(russian)
                .containsPattern("class=\"related-item\"[^>]*>" + DECISION_RU + "</a>")
                .doesNotContain(DECISION_EN);
        assertThat(page("/items/" + decision + "?lang=ru"))
                .containsPattern("class=\"related-item\"[^>]*>" + SUMMARY + "</a>")
                .doesNotContain("Hold a conference on Afghanistan");
        assertThat(page("/sessions/" + register.session2019 + "?lang=ru"))
                .contains(SUMMARY)
                .doesNotContain("Hold a conference on Afghanistan");
        assertThat(page("/sessions/" + register.session2022 + "?lang=ru"))
                .contains(DECISION_RU, SUMMARY, FOLLOW_UP_SUMMARY)
                .doesNotContain(DECISION_EN, "Hold a conference on Afghanistan", "Not yet held");
        assertThat(page("/sessions/" + register.session2022 + "?lang=en"))
                .contains(DECISION_EN, "Hold a conference on Afghanistan", "Not yet held")
                .doesNotContain(FOLLOW_UP_SUMMARY);
        String english = page("/items/" + id + "?lang=en");
        assertThat(english)
                .contains("Hold a conference on Afghanistan", "Republic of Testland", "Not yet held", DECISION_EN)
                .doesNotContain(SUMMARY, FOLLOW_UP_SUMMARY, "Республика Тестляндия");
    }

    @Test
    void theRussianPartiesPageNamesPartiesInRussian() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Register.created(api.post("/api/parties", """
                {"code": "S%s", "name": "Republic of Otherland", "nameRu": "Республика Иноземия", "kind": "STATE"}""".formatted(suffix)));
        Projections.awaitCaughtUp(api);
        String page = page("/parties/S" + suffix + "?lang=ru");
        assertThat(page).contains("Республика Иноземия").doesNotContain("Republic of Otherland");
    }

    @Test
    void theRussianSessionPageNamesTheSessionPlaceRolesAndPartiesInRussian() {
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String party = "T" + suffix;
        String body = "U" + suffix;
        String session = UUID.randomUUID().toString();
        Register.created(api.post("/api/parties", """
                {"code": "%s", "name": "Republic of Sessionland", "nameRu": "Республика Сессиония", "kind": "STATE"}""".formatted(party)));
        Register.created(api.post("/api/bodies", """
                {"code": "%s", "name": "Council of Sessionland", "nameRu": "Совет Сессионии", "members": ["%s"]}""".formatted(body, party)));
        Register.created(
                api.post("/api/sessions", """
                {"sessionId": "%s", "body": "%s", "worldDate": {"date": "2022-01-10", "precision": "DAY"},
                 "place": "Moscow region, Novo-Ogaryovo", "placeRu": "Московская область, Ново-Огарёво",
                 "kind": "EXTRAORDINARY", "format": "VIDEO", "chair": "%s",
                 "participants": [{"person": "Nikol Pashinyan", "role": "Prime Minister (chair of the session)",
                                   "roleRu": "Премьер-министр (председатель сессии)", "party": "%s"}],
                 "handover": {"from": "%s", "to": "%s", "effective": {"date": "2022-01-10", "precision": "DAY"}},
                 "source": %s}""".formatted(session, body, party, party, party, party, Fixtures.SOURCE)));
        Projections.awaitCaughtUp(api);

        String russian = page("/sessions/" + session + "?lang=ru");
        assertThat(russian)
                .containsPattern(
                        "<h1 id=\"session-heading\"[^>]*>Внеочередная сессия: Совет Сессионии, [^<]*2022[^<]*</h1>")
                .contains("Московская область, Ново-Огарёво", "Премьер-министр (председатель сессии)")
                .contains("Республика Сессиония", "Совет Сессионии")
                .doesNotContain("Novo-Ogaryovo", "Prime Minister", "extraordinary session", "Republic of Sessionland")
                .doesNotContain(">" + party + "<", ">" + body + "<", "Council of Sessionland");
        String english = page("/sessions/" + session + "?lang=en");
        assertThat(english)
                .contains("Novo-Ogaryovo", "Prime Minister (chair of the session)", ">" + party + "<")
                .doesNotContain("Ново-Огарёво", "Премьер-министр", "Республика Сессиония", "Совет Сессионии");
    }

    private String page(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }
}
