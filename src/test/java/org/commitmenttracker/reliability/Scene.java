package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A party, a council and two sessions recorded over HTTP with fresh codes, so reliability tests have something to act
 * on in the shared database without touching anyone else's records.
 */
record Scene(Api api, String party, String body, String firstSession, String laterSession) {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static Scene record(Api api) {
        String party = "R" + Fixtures.newId().substring(0, 8).toUpperCase();
        String body = "B" + party;
        String first = Fixtures.newId();
        String later = Fixtures.newId();
        created(api.post("/api/parties", Fixtures.party(party)));
        created(api.post("/api/bodies", Fixtures.body(body, party)));
        created(api.post("/api/sessions", Fixtures.session(first, body, "2022-01-10", party)));
        created(api.post("/api/sessions", Fixtures.session(later, body, "2023-11-23", party)));
        return new Scene(api, party, body, first, later);
    }

    /** Records a decision of the council at the first session and returns its id. */
    String decision() {
        return id(
                created(api.post("/api/items/decisions", Fixtures.decision(firstSession, body, "\"" + party + "\""))));
    }

    /** Records a proposal of the party at the first session and returns its id. */
    String proposal() {
        return id(created(api.post("/api/items/proposals", Fixtures.proposal(firstSession, party))));
    }

    /** A follow-up raised at the later session; the note tells one request from another. */
    String followUp(String note) {
        return """
                {"sessionId": "%s", "raisedBy": "%s", "person": "Emomali Rahmon", "stance": "CALLED_FOR",
                 "note": "%s", "worldDate": {"date": "2023-11-23", "precision": "DAY"}, "source": %s}""".formatted(laterSession, party, note, Fixtures.SOURCE);
    }

    /** A proposal whose title tells one request from another. */
    String proposalTitled(String title) {
        return """
                {"sessionId": "%s", "onBehalfOf": "%s", "person": "Kassym-Jomart Tokayev", "category": "proposal",
                 "title": "%s", "themes": ["afghanistan"], "figures": [],
                 "worldDate": {"date": "2022-01-10", "precision": "DAY"}, "source": %s}""".formatted(firstSession, party, title, Fixtures.SOURCE);
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    static String id(HttpResponse<String> response) {
        return json(response).get("id").asString();
    }

    private static HttpResponse<String> created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
