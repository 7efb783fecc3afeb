package org.commitmenttracker.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Atom feeds read with a personal feed token, parsed with Rome; the token opens feeds and nothing else. */
class FeedsTest extends IntegrationTest {

    private Api watcher;
    private String party;
    private String body;
    private String pledge;
    private String token;
    private String tokenId;

    @BeforeEach
    void world() {
        String user = "reader-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "feed-password-" + UUID.randomUUID();
        assertThat(api.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "role": "EDITOR"}""".formatted(user, password)).statusCode())
                .isEqualTo(201);
        watcher = anonymous.as(user, password);
        World world = new World(api);
        party = world.party("ARM");
        body = world.body("CSC", List.of(party));
        String session = world.session(body, "2024-05-01", party, map());
        pledge = world.pledge(session, party, "2024-05-01", map("title", "Open a training centre"));
        world.status(pledge, "IN_PROGRESS", "2024-06-01");
        Projections.awaitCaughtUp(api);
        assertThat(watcher.post("/api/me/watches", """
                        {"kind": "PARTY", "target": "%s"}""".formatted(party)).statusCode())
                .isEqualTo(201);
        HttpResponse<String> issued = watcher.post("/api/me/feed-tokens", "{\"name\": \"my reader\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        JsonNode answer = Json.read(issued.body());
        token = answer.get("token").asString();
        tokenId = answer.get("id").asString();
    }

    private SyndFeed feed(String path) {
        HttpResponse<String> response = anonymous.get("/feeds/" + token + path);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        try {
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
            return feed;
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private static List<String> ids(SyndFeed feed) {
        return feed.getEntries().stream().map(SyndEntry::getUri).toList();
    }

    @Test
    void feedsParseAndKeepTheirEntryIds() {
        SyndFeed item = feed("/items/" + pledge);
        assertThat(item.getEntries()).hasSize(2);
        assertThat(item.getEntries().getLast().getTitle()).contains("Open a training centre");
        assertThat(item.getEntries().getFirst().getAuthor()).isEqualTo(ADMIN);
        assertThat(item.getEntries().getFirst().getLink()).endsWith("/items/" + pledge);
        assertThat(ids(item)).allMatch(id -> id.startsWith("urn:uuid:")).doesNotHaveDuplicates();
        assertThat(ids(feed("/items/" + pledge)))
                .as("same ids on a second fetch")
                .isEqualTo(ids(item));

        SyndFeed partyFeed = feed("/parties/" + party);
        assertThat(ids(partyFeed)).containsAll(ids(item)).hasSize(3);
        assertThat(ids(feed("/bodies/" + body))).containsAll(ids(item));
        assertThat(ids(feed("/items?kind=PLEDGE&party=" + party))).containsExactlyElementsOf(ids(item));
        assertThat(ids(feed("/items?kind=DECISION&party=" + party))).isEmpty();
        assertThat(ids(feed("/digest"))).isEqualTo(ids(partyFeed));
        assertThat(ids(feed("/digest"))).isEqualTo(ids(partyFeed));
    }

    @Test
    void aFeedTokenOpensFeedsAndNothingElse() {
        assertThat(anonymous.withToken(token).get("/api/items").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/api/items?token=" + token).statusCode()).isEqualTo(401);
        assertThat(anonymous.withToken(token).get("/api/me/watches").statusCode())
                .isEqualTo(401);
        HttpResponse<String> command = anonymous
                .withToken(token)
                .post(
                        "/api/parties",
                        "{\"code\": \"X-" + UUID.randomUUID().toString().substring(0, 6)
                                + "\", \"name\": \"X\", \"kind\": \"STATE\"}");
        assertThat(command.statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/items?token=" + token).statusCode())
                .as("pages redirect to sign-in")
                .isEqualTo(302);

        HttpResponse<String> unknown =
                anonymous.send(HttpRequest.newBuilder(URI.create(api.base() + "/feeds/cf_unknown/digest"))
                        .header("Accept", "application/atom+xml")
                        .GET()
                        .build());
        assertThat(unknown.statusCode())
                .as("a feed reader asking for Atom gets the 404, not a 406")
                .isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        HttpResponse<String> revoked =
                watcher.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/me/feed-tokens/" + tokenId))
                        .DELETE()
                        .build());
        assertThat(revoked.statusCode()).isEqualTo(204);
        assertThat(anonymous.get("/feeds/" + token + "/digest").statusCode()).isEqualTo(404);
        assertThat(Json.read(watcher.get("/api/me/feed-tokens").body())
                        .get(0)
                        .get("revokedAt")
                        .isNull())
                .isFalse();
        assertThat(watcher.get("/api/me/feed-tokens").body()).doesNotContain(token);
    }
}
