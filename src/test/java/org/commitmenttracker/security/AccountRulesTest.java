package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;

/**
 * The rules around accounts: admins keep an admin, passwords are sound, viewers do not get forms, redirects stay home.
 */
class AccountRulesTest extends IntegrationTest {

    @Test
    void anAdminCannotDemoteOrDisableItselfThroughTheApi() {
        for (String change :
                new String[] {"{\"role\": \"VIEWER\", \"enabled\": true}", "{\"role\": \"ADMIN\", \"enabled\": false}"
                }) {
            HttpResponse<String> refused = AccountSessionsTest.put(api, "/api/admin/users/" + ADMIN, change);
            assertThat(refused.statusCode()).as(change).isEqualTo(409);
            assertThat(refused.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(refused.body()).contains("own account");
        }
        assertThat(api.get("/api/me").body()).contains("\"role\":\"ADMIN\",\"enabled\":true");
    }

    @Test
    void passwordsFollowOnePolicyAndNeverCauseA500() {
        String name = "policy-" + System.nanoTime();
        Map<String, String> refused = Map.of(
                "short-pw-1",
                "at least 12 characters",
                "é".repeat(37),
                "72 bytes",
                "ÿ".repeat(100_000),
                "72 bytes",
                "qwerty123456",
                "common",
                "xx-" + name + "-xx",
                "username",
                "XX-" + name.toUpperCase() + "-XX",
                "username");
        refused.forEach((password, reason) -> {
            HttpResponse<String> answer = api.post(
                    "/api/admin/users",
                    "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"VIEWER\"}".formatted(name, password));
            assertThat(answer.statusCode()).as(reason).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(answer.body()).as(reason).contains("password", reason);
        });
        assertThat(api.post(
                                "/api/admin/users",
                                "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"VIEWER\"}"
                                        .formatted(name, "é".repeat(36)))
                        .statusCode())
                .as("exactly 72 bytes")
                .isEqualTo(201);

        Api user = anonymous.as(name, "é".repeat(36));
        assertThat(user.get("/api/me").statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = AccountSessionsTest.put(
                user, "/api/me/password", AccountSessionsTest.passwordChange("é".repeat(36), "x".repeat(73)));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("password", "72 bytes");
        assertThat(anonymous.as(name, "é".repeat(60)).get("/api/me").statusCode())
                .as("signing in with too long a password")
                .isEqualTo(401);
    }

    @Test
    void viewersAreRefusedTheRecordForms() {
        Api viewer = Accounts4Test.signedIn(api, anonymous, Role.VIEWER);
        Api editor = Accounts4Test.signedIn(api, anonymous, Role.EDITOR);
        for (String form : new String[] {"/record", "/record/pledge"}) {
            assertThat(page(viewer, form).statusCode()).as(form).isEqualTo(403);
            assertThat(page(editor, form).statusCode()).as(form).isEqualTo(200);
        }
    }

    @Test
    void redirectsDoNotEchoAForgedHost() {
        RawHttp.Answer toLogin = RawHttp.send(
                port,
                "GET /items?x=1 HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
                        + "Accept: text/html\r\nConnection: close\r\n\r\n");
        assertThat(toLogin.status()).isEqualTo(302);
        assertThat(toLogin.header("Location")).isEqualTo("/login");
        String session = toLogin.sessionCookie();

        RawHttp.Answer form = RawHttp.send(
                port,
                "GET /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
                        + "\r\nAccept: text/html\r\nConnection: close\r\n\r\n");
        String body = "username=" + ADMIN + "&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(BrowserSession.formToken(form.body()), StandardCharsets.UTF_8);
        RawHttp.Answer signedIn = RawHttp.send(
                port,
                "POST /login HTTP/1.1\r\nHost: evil.example\r\nX-Forwarded-Host: evil2.example\r\n"
                        + "Cookie: " + session + "; " + form.cookie("XSRF-TOKEN")
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
                        + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.header("Location"))
                .as("back to the page asked for, by path")
                .isEqualTo("/items?x=1");
    }

    @Test
    void anAuthorizationHeaderNobodyAcceptsDoesNotSwitchOffCsrfForASessionCookie() {
        Register register = new Register(api);
        BrowserSession browser = new BrowserSession(anonymous.base());
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        String pledge = Fixtures.pledge(register.session2022, register.party, "2022-01-10");
        long before = eventCount();
        for (String header : new String[] {
            "Bearer x", "Foo x", "Basic " + java.util.Base64.getEncoder().encodeToString("x:y".getBytes())
        }) {
            HttpResponse<String> forged =
                    browser.send(HttpRequest.newBuilder(URI.create(browser.base() + "/api/items/pledges"))
                            .header("Content-Type", "application/json")
                            .header("Authorization", header)
                            .POST(HttpRequest.BodyPublishers.ofString(pledge))
                            .build());
            assertThat(forged.statusCode()).as(header).isEqualTo(403);
        }
        assertThat(eventCount()).isEqualTo(before);
        assertThat(api.post("/api/items/pledges", pledge).statusCode())
                .as("Basic without a session needs no token")
                .isEqualTo(201);
    }

    private static HttpResponse<String> page(Api client, String path) {
        return client.send(HttpRequest.newBuilder(URI.create(client.base() + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }
}
