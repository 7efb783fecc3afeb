package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The sign-in limits cannot be sidestepped, and cannot be turned against the real user. Each test connects from its own
 * loopback address (127.0.0.x as the TCP source), so the budgets do not mix and "another address" is a real other peer,
 * not a header.
 */
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
        properties = {"tracker.security.login-limit.per-user=3", "tracker.security.login-limit.per-address=6"})
// Closed after its tests: its connections are not kept open while the rest of the suite runs.
@DirtiesContext
class SignInLimitTest extends IntegrationTest {

    @Test
    void aUsernameWithWhiteSpaceAroundItCountsAsTheSameUser() {
        HttpClient from = from("127.0.0.3");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(basic(from, "padded-user", "wrong", null).statusCode()).isEqualTo(401);
        }
        assertThat(basic(from, "padded-user ", "wrong", null).statusCode())
                .as("trailing space")
                .isEqualTo(429);
        assertThat(basic(from, "padded-user\t", "wrong", null).statusCode())
                .as("trailing tab")
                .isEqualTo(429);
        assertThat(basic(from, " padded-user", "wrong", null).statusCode())
                .as("leading space")
                .isEqualTo(429);
        BrowserSession browser = new BrowserSession("http://127.0.0.1:" + port, from);
        assertThat(browser.signIn("padded-user\t", "wrong").statusCode())
                .as("the login form")
                .isEqualTo(429);
    }

    @Test
    void aForgedForwardedForNeitherResetsTheAddressLimitNorGetsLogged(CapturedOutput output) {
        HttpClient from = from("127.0.0.4");
        int status = 0;
        for (int attempt = 0; attempt < 8 && status != 429; attempt++) {
            status = basic(from, "sprayed-" + attempt, "wrong", "203.0.113." + attempt)
                    .statusCode();
        }
        assertThat(status).as("the seventh attempt from one address is refused").isEqualTo(429);
        assertThat(output.getAll())
                .contains("Failed sign-in for user 'sprayed-0' from 127.0.0.4")
                .doesNotContain("203.0.113.");
    }

    @Test
    void failuresFromElsewhereDoNotLockOutTheRealUser() {
        String name = "lockout-target-" + System.nanoTime();
        String password = "real-users-secret-9";
        assertThat(api.post(
                                "/api/admin/users",
                                "{\"username\": \"%s\", \"password\": \"%s\", \"role\": \"VIEWER\"}"
                                        .formatted(name, password))
                        .statusCode())
                .isEqualTo(201);
        HttpClient attacker = from("127.0.0.5");
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(basic(attacker, name, "guess-" + attempt, null).statusCode())
                    .isEqualTo(401);
        }
        assertThat(basic(attacker, name, password, null).statusCode())
                .as("the attacker's address is limited")
                .isEqualTo(429);
        HttpClient realUser = from("127.0.0.6");
        assertThat(basic(realUser, name, password, null).statusCode())
                .as("the real user elsewhere")
                .isEqualTo(200);
        BrowserSession browser = new BrowserSession("http://127.0.0.1:" + port, realUser);
        assertThat(browser.signIn(name, password)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .doesNotContain("error");
    }

    private static HttpClient from(String address) {
        try {
            return HttpClient.newBuilder()
                    .localAddress(InetAddress.getByName(address))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> basic(HttpClient from, String username, String password, String forwardedFor) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/me"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        try {
            return from.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
