package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * Scripts never get a server session (issue #17: every page view used to make one, 4,000 sessions after 4,000
 * requests), while signing in with the form still does.
 */
class StatelessRequestsTest extends IntegrationTest {

    private static final int REQUESTS = 20;

    @Autowired
    WebServerApplicationContext server;

    @Test
    void requestsWithAnApiTokenOrBasicOrRefusedAnonymousOnesMakeNoSession() {
        var sessions = new ServerSessions(server);
        String created = api.post("/api/me/tokens", "{\"name\": \"stateless\"}").body();
        var token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(created);
        assertThat(token.find()).as(created).isTrue();
        Api script = anonymous.withToken(token.group(1));
        long before = sessions.created();
        int activeBefore = sessions.active();

        for (int i = 0; i < REQUESTS; i++) {
            for (var answer : java.util.List.of(
                    script.get("/"), script.get("/api/items"), api.get("/"), anonymous.get("/api/items"))) {
                assertThat(ServerSessions.setsSessionCookie(answer))
                        .as("%s %s", answer.request().uri(), answer.headers().map())
                        .isFalse();
            }
            assertThat(script.get("/").statusCode()).isEqualTo(200);
        }

        assertThat(sessions.created()).as("sessions created").isEqualTo(before);
        assertThat(sessions.active()).as("active sessions").isLessThanOrEqualTo(activeBefore);
    }

    @Test
    void signingInWithTheFormStillMakesASessionThatRecordsWithItsCsrfToken() {
        var sessions = new ServerSessions(server);
        long before = sessions.created();
        var browser = new BrowserSession("http://localhost:" + port);
        var signedIn = browser.signIn(ADMIN, ADMIN_PASSWORD);

        assertThat(ServerSessions.setsSessionCookie(signedIn)).isTrue();
        assertThat(sessions.created()).isGreaterThan(before);
        assertThat(browser.get("/").body()).contains("name=\"_csrf\"");
        assertThat(browser.postJson("/api/me/tokens", "{\"name\": \"no-csrf\"}", null)
                        .statusCode())
                .as("a cookie-signed write without the CSRF token")
                .isEqualTo(403);
        assertThat(browser.postJson("/api/me/tokens", "{\"name\": \"with-csrf\"}", browser.csrfToken())
                        .statusCode())
                .isEqualTo(201);
    }
}
