package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** API tokens expire, can be listed without their secret, and can be revoked by their owner or an admin. */
class ApiTokenLifecycleTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void tokensExpireAfterTheDefaultLifetimeOrAShorterOneAskedFor() {
        Api owner = Accounts4Test.signedIn(api, anonymous, Role.EDITOR);
        JsonNode standard = issue(owner, "{\"name\": \"standard\"}");
        assertThat(Instant.parse(standard.get("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofDays(90)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(90)).plusSeconds(120));
        JsonNode shortLived = issue(owner, "{\"name\": \"short\", \"expiresInDays\": 7}");
        assertThat(Instant.parse(shortLived.get("expiresAt").asString()))
                .isBetween(
                        Instant.now().plus(Duration.ofDays(7)).minusSeconds(120),
                        Instant.now().plus(Duration.ofDays(7)).plusSeconds(120));

        HttpResponse<String> tooLong = owner.post("/api/me/tokens", "{\"name\": \"forever\", \"expiresInDays\": 91}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("expiresInDays");

        Api script = anonymous.withToken(shortLived.get("token").asString());
        assertThat(script.get("/api/me").statusCode()).isEqualTo(200);
        jdbc.sql("UPDATE api_token SET expires_at = now() - INTERVAL '1 second' WHERE id = ?::uuid")
                .param(shortLived.get("id").asString())
                .update();
        assertThat(script.get("/api/me").statusCode()).as("an expired token").isEqualTo(401);
    }

    @Test
    void theOwnerSeesItsTokensWithoutSecretsAndRevokesThem() {
        Api owner = Accounts4Test.signedIn(api, anonymous, Role.VIEWER);
        JsonNode issued = issue(owner, "{\"name\": \"listed\"}");
        String token = issued.get("token").asString();
        String id = issued.get("id").asString();
        assertThat(anonymous.withToken(token).get("/api/me").statusCode()).isEqualTo(200);

        HttpResponse<String> list = owner.get("/api/me/tokens");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token, token.substring(3));
        JsonNode listed = entry(list.body(), id);
        assertThat(listed.get("name").asString()).isEqualTo("listed");
        assertThat(listed.get("createdAt").isNull()).isFalse();
        assertThat(listed.get("expiresAt").isNull()).isFalse();
        assertThat(listed.get("lastUsedAt").isNull()).as("last use is recorded").isFalse();
        assertThat(listed.has("token") || listed.has("tokenSha256")).isFalse();

        Api other = Accounts4Test.signedIn(api, anonymous, Role.EDITOR);
        assertThat(delete(other, "/api/me/tokens/" + id).statusCode())
                .as("someone else's token")
                .isEqualTo(404);
        assertThat(anonymous.withToken(token).get("/api/me").statusCode()).isEqualTo(200);

        assertThat(delete(owner, "/api/me/tokens/" + id).statusCode()).isEqualTo(204);
        assertThat(anonymous.withToken(token).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(entry(owner.get("/api/me/tokens").body(), id)
                        .get("revokedAt")
                        .isNull())
                .isFalse();
    }

    @Test
    void anAdminListsAndRevokesAUsersTokens() {
        Api owner = Accounts4Test.signedIn(api, anonymous, Role.EDITOR);
        JsonNode issued = issue(owner, "{\"name\": \"admin-revoked\"}");
        String id = issued.get("id").asString();

        HttpResponse<String> list = api.get("/api/admin/users/test-editor/tokens");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(entry(list.body(), id).get("name").asString()).isEqualTo("admin-revoked");
        assertThat(list.body()).doesNotContain(issued.get("token").asString());
        assertThat(api.get("/api/admin/users/no-such-user/tokens").statusCode()).isEqualTo(404);
        assertThat(owner.get("/api/admin/users/test-editor/tokens").statusCode())
                .isEqualTo(403);

        assertThat(delete(api, "/api/admin/users/test-editor/tokens/" + id).statusCode())
                .isEqualTo(204);
        assertThat(anonymous
                        .withToken(issued.get("token").asString())
                        .get("/api/me")
                        .statusCode())
                .isEqualTo(401);
        assertThat(delete(api, "/api/admin/users/test-editor/tokens/" + id).statusCode())
                .as("already revoked")
                .isEqualTo(404);
    }

    private static JsonNode issue(Api owner, String request) {
        HttpResponse<String> issued = owner.post("/api/me/tokens", request);
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JSON.readTree(issued.body());
    }

    private static JsonNode entry(String list, String id) {
        for (JsonNode token : JSON.readTree(list)) {
            if (token.get("id").asString().equals(id)) {
                return token;
            }
        }
        throw new AssertionError("token " + id + " not in " + list);
    }

    private static HttpResponse<String> delete(Api client, String path) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + path))
                .DELETE()
                .build());
    }
}
