package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A monitor records a stated position through the command API, as the seeds do: on record, never open. */
class StatementApiTest extends IntegrationTest {

    @Test
    void aStatedPositionIsRecordedThroughTheApiAndListedAsSuch() {
        Register register = new Register(api);
        HttpResponse<String> created =
                api.post("/api/items/statements", """
                {"sessionId": "%s", "onBehalfOf": "%s", "person": "A. Speaker",
                 "title": "Says that outside interference threatens the region",
                 "summaryRu": "Заявляет, что вмешательство извне угрожает региону",
                 "themes": ["crisis-response"], "worldDate": {"date": "2022-01-10"},
                 "source": {"title": "Session transcript", "publisher": "Kremlin", "locator": "line 104"}}""".formatted(register.session2022, register.party));
        String item = Register.created(created);
        Projections.awaitCaughtUp(api);

        JsonNode row = Json.read(api.get("/api/items/" + item).body());
        assertThat(row.toString()).contains("\"kind\":\"STATEMENT\"", "\"status\":\"STATED\"", "\"open\":false");
        JsonNode listed = Json.read(
                api.get("/api/items?kind=STATEMENT&party=" + register.party).body());
        assertThat(Json.texts(listed.get("items"), "id")).containsExactly(item);
        JsonNode open = Json.read(
                api.get("/api/items?open=true&party=" + register.party).body());
        assertThat(Json.texts(open.get("items"), "id")).doesNotContain(item);
        // At a past date the list reads the as-of rectangles arm by arm (SpanArms); statements have an arm of their
        // own.
        String past = "&party=" + register.party + "&asOf=2023-01-01";
        assertThat(Json.texts(
                        Json.read(api.get("/api/items?kind=STATEMENT" + past).body())
                                .get("items"),
                        "id"))
                .containsExactly(item);
        assertThat(Json.texts(
                        Json.read(api.get("/api/items?size=500" + past).body()).get("items"), "id"))
                .contains(item);
        assertThat(Json.texts(
                        Json.read(api.get("/api/items?open=false" + past).body())
                                .get("items"),
                        "id"))
                .contains(item);
        assertThat(Json.texts(
                        Json.read(api.get("/api/items?open=true" + past).body()).get("items"), "id"))
                .doesNotContain(item);

        HttpResponse<String> refused = api.post("/api/items/statements", """
                {"title": "No party named", "worldDate": {"date": "2022-01-10"},
                 "source": {"title": "Session transcript", "publisher": "Kremlin", "locator": "line 1"}}""");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("onBehalfOf");
    }
}
