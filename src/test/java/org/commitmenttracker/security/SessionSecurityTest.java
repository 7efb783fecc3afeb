package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.StoredEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Browser sessions: cookie flags, CSRF tokens, and an unspoofable recorder. */
class SessionSecurityTest extends IntegrationTest {

    @Test
    void signInSetsAHardenedSessionCookie() {
        BrowserSession browser = new BrowserSession(anonymous.base());
        HttpResponse<String> login = browser.signIn(ADMIN, ADMIN_PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(set -> set.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie).contains("JSESSIONID=", "HttpOnly", "Secure", "SameSite=Lax");
    }

    @Test
    void wrongPasswordGoesBackToTheFormWithAnError() {
        HttpResponse<String> login = new BrowserSession(anonymous.base()).signIn(ADMIN, "wrong-password");
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void cookieAuthenticatedWritesNeedAValidCsrfToken() {
        Register register = new Register(api);
        Api4Csrf csrf = new Api4Csrf();
        BrowserSession browser = new BrowserSession(anonymous.base());
        browser.signIn(ADMIN, ADMIN_PASSWORD);
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10");

        long before = eventCount();
        assertThat(browser.postJson("/api/items/pledges", body, null).statusCode())
                .as("missing token")
                .isEqualTo(403);
        assertThat(browser.postJson("/api/items/pledges", body, "not-the-token").statusCode())
                .as("invalid token")
                .isEqualTo(403);
        assertThat(eventCount()).isEqualTo(before);
        String token = csrf.token(browser);
        assertThat(browser.postJson("/api/items/pledges", body, token).statusCode())
                .as("valid token")
                .isEqualTo(201);
        assertThat(browser.postForm("/login", "username=x&password=y").statusCode())
                .as("login form without token")
                .isEqualTo(403);
    }

    @Test
    void theRecorderIsTheSignedInUserWhateverTheRequestSays() {
        Register register = new Register(api);
        var editor = Accounts4Test.signedIn(api, anonymous, Role.EDITOR);
        String body = Fixtures.pledge(register.session2022, register.party, "2022-01-10");

        HttpResponse<String> spoofInBody =
                editor.post("/api/items/pledges", body.replaceFirst("\\{", "{\"recordedBy\": \"someone-else\","));
        assertThat(spoofInBody.statusCode()).isEqualTo(400);
        HttpResponse<String> spoofInHeaders = editor.post(
                "/api/items/pledges", body, Map.of("X-Recorded-By", "someone-else", "recordedBy", "someone-else"));
        assertThat(spoofInHeaders.statusCode()).isEqualTo(201);
        String item = Register.created(spoofInHeaders);
        assertThat(StoredEvents.of(jdbc, item).getFirst().metadata())
                .contains("\"recordedBy\":\"test-editor\"")
                .doesNotContain("someone-else");
    }

    @Test
    void apiTokensSignInAndAreStoredOnlyAsDigests() {
        HttpResponse<String> issued = api.post("/api/me/tokens", "{\"name\": \"script\"}");
        assertThat(issued.statusCode()).isEqualTo(201);
        String token = JsonMapper.builder()
                .build()
                .readTree(issued.body())
                .get("token")
                .asString();
        assertThat(anonymous.withToken(token).get("/api/me").body()).contains("\"username\":\"admin\"");
        assertThat(jdbc.sql("SELECT count(*) FROM api_token WHERE token_sha256 = ? OR name = ?")
                        .params(token, token)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(anonymous.withToken(token + "x").get("/api/me").statusCode()).isEqualTo(401);
    }

    /** Reads the session's CSRF token the way a script driving the web session would. */
    private static final class Api4Csrf {
        String token(BrowserSession browser) {
            String json = browser.send(java.net.http.HttpRequest.newBuilder(
                                    java.net.URI.create(browserBase(browser) + "/api/me/csrf"))
                            .GET()
                            .build())
                    .body();
            return JsonMapper.builder().build().readTree(json).get("token").asString();
        }

        private static String browserBase(BrowserSession browser) {
            return browser.base();
        }
    }
}
