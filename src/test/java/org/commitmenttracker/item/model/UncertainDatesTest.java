package org.commitmenttracker.item.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "On or before" dates through real HTTP: stored as their bound, listed and overdue as docs/dates.md says. */
class UncertainDatesTest extends IntegrationTest {

    private static final Map<String, Object> BOUND = Map.of("date", "2022-01-10", "precision", "ON_OR_BEFORE");

    private String body;
    private String item;

    @BeforeEach
    void anActMentionedWithoutItsDate() {
        World world = new World(api);
        String party = world.party("BLR");
        body = world.body("CSC", List.of(party));
        item = world.decision(
                null,
                body,
                "2022-01-10",
                map(
                        "worldDate",
                        BOUND,
                        "binds",
                        List.of(party),
                        "due",
                        Map.of("date", "2023-03", "precision", "ON_OR_BEFORE")));
        Projections.awaitCaughtUp(api);
    }

    @Test
    void theBoundIsKeptInTheApiAndCountsFromItsDay() {
        JsonNode row = listed("2022-01-10");
        assertThat(row).as("listed as of the bound").isNotNull();
        assertThat(row.get("openedOn").get("date").asString()).isEqualTo("2022-01-10");
        assertThat(row.get("openedOn").get("precision").asString()).isEqualTo("ON_OR_BEFORE");
        assertThat(row.get("due").get("date").asString())
                .as("a month bounds at its last day")
                .isEqualTo("2023-03-31");
        assertThat(listed("2022-01-09")).as("not before the bound").isNull();
    }

    @Test
    void aBoundedDueDateIsOverdueOnlyAfterItsBound() {
        assertThat(listed("2023-03-31").get("overdue").asBoolean()).isFalse();
        assertThat(listed("2023-04-01").get("overdue").asBoolean()).isTrue();
    }

    @Test
    void pagesWriteTheBoundInWordsAndTheCsvInSetNotation() {
        assertThat(page("/items/" + item + "?lang=en")).contains("on or before 2022-01-10");
        assertThat(page("/items/" + item + "?lang=ru")).contains("не позднее 2022-01-10");
        String csv = api.get("/api/exports/items?format=csv&body=" + body).body();
        assertThat(csv).contains("[..2022-01-10]").contains("[..2023-03-31]");
    }

    @Test
    void aBoundCanBeWrittenInSetNotationToo() {
        HttpResponse<String> status = api.post("/api/items/" + item + "/status-changes", """
                {"to": "IN_IMPLEMENTATION", "worldDate": {"date": "[..2022-06]"},
                 "source": {"title": "t", "publisher": "p", "locator": "l"}}""");
        assertThat(status.statusCode()).as(status.body()).isEqualTo(200);
        Projections.awaitCaughtUp(api);
        assertThat(listed("2022-06-29").get("status").asString()).isEqualTo("ADOPTED");
        assertThat(listed("2022-06-30").get("status").asString()).isEqualTo("IN_IMPLEMENTATION");
    }

    private JsonNode listed(String asOf) {
        HttpResponse<String> response = api.get("/api/items?body=" + body + "&asOf=" + asOf);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        for (JsonNode row : Json.read(response.body()).get("items")) {
            if (row.get("id").asString().equals(item)) {
                return row;
            }
        }
        return null;
    }

    private String page(String path) {
        HttpResponse<String> response = api.send(
                HttpRequest.newBuilder(URI.create(api.base() + path)).GET().build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
