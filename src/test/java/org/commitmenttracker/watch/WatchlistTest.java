package org.commitmenttracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.security.BrowserSession;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A user follows a party, an item and a saved search, and sees what was recorded about them since the last visit. */
class WatchlistTest extends IntegrationTest {

    private String user;
    private String password;
    private Api watcher;
    private World world;
    private String party;
    private String other;
    private String pledge;
    private String othersPledge;

    @BeforeEach
    void world() {
        user = "watcher-" + UUID.randomUUID().toString().substring(0, 8);
        password = "watch-password-" + UUID.randomUUID();
        HttpResponse<String> created = api.post("/api/admin/users", """
                {"username": "%s", "password": "%s", "role": "VIEWER"}""".formatted(user, password));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        watcher = anonymous.as(user, password);
        world = new World(api);
        party = world.party("ARM");
        other = world.party("KAZ");
        String body = world.body("CSC", List.of(party, other));
        String session = world.session(body, "2024-05-01", party, map());
        pledge = world.pledge(session, party, "2024-05-01", map("title", "Open a training centre"));
        othersPledge = world.pledge(session, other, "2024-05-01", map("title", "Send observers"));
        world.pledge(session, other, "2024-05-01", map("title", "Unfollowed proposal"));
        Projections.awaitCaughtUp(api);
    }

    private JsonNode follow(String kind, String target) {
        HttpResponse<String> response = watcher.post("/api/me/watches", """
                {"kind": "%s", "target": "%s"}""".formatted(kind, target));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.read(response.body());
    }

    private JsonNode changes() {
        HttpResponse<String> response = watcher.get("/api/me/changes");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body()).get("events");
    }

    @Test
    void changesSinceTheLastVisitCoverWhatIsFollowedAndNothingElse() {
        String partyWatch = follow("PARTY", party).get("id").asString();
        assertThat(follow("PARTY", party).get("id").asString())
                .as("following twice is following once")
                .isEqualTo(partyWatch);
        follow("SEARCH", "?kind=PLEDGE&q=observers&party=" + other);
        assertThat(Json.texts(Json.read(watcher.get("/api/me/watches").body()), "kind"))
                .containsExactly("PARTY", "SEARCH");

        JsonNode events = changes();
        assertThat(Json.texts(events, "itemId")).containsExactlyInAnyOrder(pledge, othersPledge, null);
        assertThat(Json.texts(events, "type")).contains("PartyRegistered", "PledgeGiven");
        JsonNode given = events.get(0);
        assertThat(given.get("recordedBy").asString()).isEqualTo(ADMIN);
        assertThat(given.get("worldDate").asString()).isEqualTo("2024-05-01");

        assertThat(watcher.post("/api/me/changes/seen", "").statusCode()).isEqualTo(204);
        assertThat(changes()).isEmpty();

        ItemScenario.pause();
        world.status(pledge, "IN_PROGRESS", "2024-06-01");
        world.status(othersPledge, "IN_PROGRESS", "2024-06-01");
        Projections.awaitCaughtUp(api);
        events = changes();
        assertThat(Json.texts(events, "type")).containsExactly("StatusChanged", "StatusChanged");
        assertThat(Json.texts(events, "itemId")).containsExactly(othersPledge, pledge);

        assertThat(delete("/api/me/watches/" + partyWatch).statusCode()).isEqualTo(204);
        assertThat(delete("/api/me/watches/" + partyWatch).statusCode()).isEqualTo(404);
        assertThat(Json.texts(changes(), "itemId")).containsExactly(othersPledge);
        assertThat(api.get("/api/me/watches").body())
                .as("one user's list is not another's")
                .doesNotContain(party);
    }

    @Test
    void refusesWhatCannotBeFollowedNamingTheField() {
        HttpResponse<String> noKind = watcher.post("/api/me/watches", "{\"target\": \"X\"}");
        assertThat(noKind.statusCode()).isEqualTo(400);
        assertThat(Json.read(noKind.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("kind");
        HttpResponse<String> backwards = watcher.post(
                "/api/me/watches", "{\"kind\": \"SEARCH\", \"target\": \"from=2024-02-01&to=2024-01-01\"}");
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(backwards.body()).contains("target");
        assertThat(anonymous.get("/api/me/watches").statusCode()).isEqualTo(401);
    }

    @Test
    void followsAndUnfollowsFromThePartyPageWithAndWithoutHtmx() {
        BrowserSession browser = new BrowserSession(api.base());
        browser.signIn(user, password);
        String page = browser.get("/parties/" + party).body();
        assertThat(page).contains("Follow this party");
        String form = "kind=PARTY&target=" + party + "&back=" + encode("/parties/" + party) + "&_csrf="
                + encode(BrowserSession.formToken(page));

        HttpResponse<String> plain = browser.postForm("/watch/follow", form);
        assertThat(plain.statusCode()).isEqualTo(302);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith("/parties/" + party);
        assertThat(browser.get("/parties/" + party).body()).contains("Unfollow this party");
        assertThat(Json.texts(Json.read(watcher.get("/api/me/watches").body()), "target"))
                .containsExactly(party);
        assertThat(browser.get("/watch").body()).contains("Open a training centre");

        HttpResponse<String> swapped = browser.send(HttpRequest.newBuilder(URI.create(api.base() + "/watch/unfollow"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("HX-Request", "true")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
        assertThat(swapped.statusCode()).isEqualTo(200);
        assertThat(swapped.body()).contains("Follow this party").doesNotContain("<html");
        assertThat(Json.read(watcher.get("/api/me/watches").body())).isEmpty();

        assertThat(browser.get("/items/" + pledge).body()).contains("Follow this item");
        String search =
                browser.get("/items?kind=PLEDGE&party=" + party + "&page=0").body();
        assertThat(search)
                .contains("Follow this search")
                .contains("name=\"target\" value=\"kind=PLEDGE&amp;party=" + party + "\"");

        HttpResponse<String> forged = browser.postForm("/watch/follow", "kind=PARTY&target=" + party);
        assertThat(forged.statusCode()).as("no CSRF token, no follow").isEqualTo(403);
        assertThat(Json.read(watcher.get("/api/me/watches").body())).isEmpty();
    }

    private HttpResponse<String> delete(String path) {
        return watcher.send(
                HttpRequest.newBuilder(URI.create(api.base() + path)).DELETE().build());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
