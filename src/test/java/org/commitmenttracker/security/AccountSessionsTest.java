package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Browser sessions and API tokens follow their account: role changes, disabling and new passwords apply at once. */
class AccountSessionsTest extends IntegrationTest {

    static final String PASSWORD = "session-test-pass-42";

    @Test
    void aDemotedAdminLosesAdminRightsInItsOpenSessionAndCannotPromoteItselfBack() {
        String name = account(Role.ADMIN);
        BrowserSession browser = signedIn(name);
        assertThat(json(browser, "/api/admin/users").statusCode()).isEqualTo(200);
        String csrf = browser.csrfToken();

        assertThat(change(name, "VIEWER", true)).isEqualTo(200);

        assertThat(json(browser, "/api/admin/users").statusCode())
                .as("admin API after demotion")
                .isEqualTo(403);
        assertThat(browser.get("/admin/users").statusCode())
                .as("admin page after demotion")
                .isEqualTo(403);
        HttpResponse<String> promote =
                browser.postForm("/admin/users/" + name, "role=ADMIN&enabled=true&_csrf=" + csrf);
        assertThat(promote.statusCode()).as("self-promotion through the form").isEqualTo(403);
        assertThat(api.get("/api/admin/users").body())
                .contains("{\"username\":\"" + name + "\",\"role\":\"VIEWER\",\"enabled\":true}");
        assertThat(json(browser, "/api/me").body())
                .as("still signed in, as a viewer")
                .contains("\"role\":\"VIEWER\"");

        assertThat(change(name, "ADMIN", true)).isEqualTo(200);
        assertThat(json(browser, "/api/admin/users").statusCode())
                .as("promotion applies at once too")
                .isEqualTo(200);
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndRevokesItsTokens() {
        Register register = new Register(api);
        String name = account(Role.EDITOR);
        BrowserSession browser = signedIn(name);
        String csrf = browser.csrfToken();
        String token = token(anonymous.as(name, PASSWORD));
        assertThat(anonymous.withToken(token).get("/api/me").statusCode()).isEqualTo(200);

        assertThat(change(name, "EDITOR", false)).isEqualTo(200);
        long before = eventCount();

        String pledge = Fixtures.pledge(register.session2022, register.party, "2022-01-10");
        assertThat(browser.postJson("/api/items/pledges", pledge, csrf).statusCode())
                .as("record a pledge")
                .isIn(401, 403);
        assertThat(browser.postJson("/api/me/tokens", "{\"name\": \"late\"}", csrf)
                        .statusCode())
                .as("mint a token")
                .isIn(401, 403);
        assertThat(browser.putJson("/api/me/password", passwordChange(PASSWORD, "another-pass-for-it-9"), csrf)
                        .statusCode())
                .as("change the password")
                .isIn(401, 403);
        assertThat(json(browser, "/api/me").statusCode())
                .as("the session is gone")
                .isEqualTo(401);
        assertThat(eventCount()).isEqualTo(before);

        assertThat(change(name, "EDITOR", true)).isEqualTo(200);
        assertThat(json(browser, "/api/me").statusCode())
                .as("re-enabling does not revive the old session")
                .isEqualTo(401);
        assertThat(anonymous.withToken(token).get("/api/me").statusCode())
                .as("tokens stay revoked")
                .isEqualTo(401);
        assertThat(api.get("/api/admin/users/" + name + "/tokens").body()).contains("\"revokedAt\":\"");
        assertThat(anonymous.as(name, PASSWORD).get("/api/me").statusCode())
                .as("the password works again")
                .isEqualTo(200);
    }

    @Test
    void aPasswordChangeEndsTheOtherSessionsButKeepsThisOne() {
        String name = account(Role.EDITOR);
        BrowserSession here = signedIn(name);
        BrowserSession elsewhere = signedIn(name);
        assertThat(json(elsewhere, "/api/me").statusCode()).isEqualTo(200);

        String newPassword = "brand-new-secret-77";
        HttpResponse<String> changed =
                here.putJson("/api/me/password", passwordChange(PASSWORD, newPassword), here.csrfToken());
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);

        assertThat(json(here, "/api/me").statusCode())
                .as("the session that changed it")
                .isEqualTo(200);
        assertThat(here.postJson("/api/me/tokens", "{\"name\": \"after\"}", here.csrfToken())
                        .statusCode())
                .isEqualTo(201);
        assertThat(json(elsewhere, "/api/me").statusCode())
                .as("another session")
                .isEqualTo(401);
        assertThat(anonymous.as(name, PASSWORD).get("/api/me").statusCode()).isEqualTo(401);
        assertThat(anonymous.as(name, newPassword).get("/api/me").statusCode()).isEqualTo(200);
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPassword() {
        String name = account(Role.VIEWER);
        Api user = anonymous.as(name, PASSWORD);
        HttpResponse<String> missing = put(user, "/api/me/password", "{\"password\": \"brand-new-secret-77\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("currentPassword");
        HttpResponse<String> wrong =
                put(user, "/api/me/password", passwordChange("not-the-password-1", "brand-new-secret-77"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(wrong.body()).contains("currentPassword");
        assertThat(user.get("/api/me").statusCode())
                .as("the password did not change")
                .isEqualTo(200);
    }

    @Test
    void aRoleChangeAppliesToTokensAtOnce() {
        String name = account(Role.EDITOR);
        Api script = anonymous.withToken(token(anonymous.as(name, PASSWORD)));
        assertThat(script.post("/api/items/pledges", "{}").statusCode())
                .as("an editor may try")
                .isEqualTo(400);
        assertThat(change(name, "VIEWER", true)).isEqualTo(200);
        assertThat(script.post("/api/items/pledges", "{}").statusCode()).isEqualTo(403);
    }

    static String passwordChange(String current, String next) {
        return "{\"currentPassword\": \"%s\", \"password\": \"%s\"}".formatted(current, next);
    }

    private String account(Role role) {
        String name = "session-" + role.name().toLowerCase() + "-" + System.nanoTime();
        HttpResponse<String> created = api.post(
                "/api/admin/users",
                "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"%s\"}".formatted(name, PASSWORD, role));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return name;
    }

    private BrowserSession signedIn(String name) {
        BrowserSession browser = new BrowserSession(anonymous.base());
        HttpResponse<String> login = browser.signIn(name, PASSWORD);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private int change(String name, String role, boolean enabled) {
        return put(api, "/api/admin/users/" + name, "{\"role\": \"%s\", \"enabled\": %s}".formatted(role, enabled))
                .statusCode();
    }

    private static String token(Api user) {
        HttpResponse<String> issued = user.post("/api/me/tokens", "{\"name\": \"script\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(issued.body()).get("token").asString();
    }

    static HttpResponse<String> put(Api client, String path, String json) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private static HttpResponse<String> json(BrowserSession browser, String path) {
        return browser.send(HttpRequest.newBuilder(URI.create(browser.base() + path))
                .header("Accept", "application/json")
                .GET()
                .build());
    }
}
