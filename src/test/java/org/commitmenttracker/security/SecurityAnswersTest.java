package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.function.Supplier;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/** Every status the API answers is problem+json without internals; security headers are on every answer. */
@Import(SecurityAnswersTest.Failing.class)
// The test client is the "reverse proxy" here, so that X-Forwarded-Proto is believed (see the HSTS check).
@TestPropertySource(
        properties = {
            "tracker.security.login-limit.per-user=3",
            "tracker.security.login-limit.per-address=6",
            "tracker.security.trusted-proxies=127[.]0[.]0[.]1|0:0:0:0:0:0:0:1"
        })
class SecurityAnswersTest extends IntegrationTest {

    @Test
    void everyErrorStatusIsProblemJsonWithoutInternals() {
        Register register = new Register(api);
        Api viewer = Accounts4Test.signedIn(api, anonymous, Role.VIEWER);
        String item = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        String changes = "/api/items/" + item + "/status-changes";
        api.post(changes, Fixtures.statusChange("FULFILLED"));

        problem(400, () -> api.post("/api/items/pledges", "{"));
        problem(401, () -> anonymous.get("/api/me"));
        problem(403, () -> viewer.post("/api/items/pledges", "{}"));
        problem(404, () -> api.get("/api/no-such-thing"));
        problem(
                405,
                () -> api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/items/pledges"))
                        .DELETE()
                        .build()));
        problem(409, () -> api.post(changes, Fixtures.statusChange("BROKEN")));
        problem(412, () -> api.post(changes, Fixtures.statusChange("BROKEN"), Map.of("If-Match", "\"0\"")));
        problem(
                415,
                () -> api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/items/pledges"))
                        .header("Content-Type", "text/plain")
                        .POST(HttpRequest.BodyPublishers.ofString("x"))
                        .build()));
        problem(500, () -> api.get("/api/test-failure"));
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThat(anonymous.as("limited-user", "wrong").get("/api/me").statusCode())
                    .isEqualTo(401);
        }
        HttpResponse<String> limited =
                problem(429, () -> anonymous.as("limited-user", "wrong").get("/api/me"));
        assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow()))
                .isBetween(1L, 60L);
        assertThat(anonymous
                        .as("limited-user", "even-the-right-one")
                        .get("/api/me")
                        .statusCode())
                .isEqualTo(429);
    }

    @Test
    void theAddressLimitCoversAttemptsAcrossUsernames() {
        for (int attempt = 0; attempt < 3; attempt++) {
            anonymous.as("spray-" + attempt, "wrong").get("/api/me");
        }
        // three other failures may already have come from this address in the test above; six is the limit
        int status = 0;
        for (int attempt = 3; attempt < 8 && status != 429; attempt++) {
            status = anonymous.as("spray-" + attempt, "wrong").get("/api/me").statusCode();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void browsersGetHtmlErrorPagesWithoutInternals() {
        HttpResponse<String> missing = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/record/no-such-form"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("There is nothing recorded here.").doesNotContain("Exception", "at org.");
        assertThat(missing.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        HttpResponse<String> signedOut = anonymous.send(HttpRequest.newBuilder(URI.create(api.base() + "/record"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void securityHeadersAreOnPagesApiAnswersAndErrors() {
        for (HttpResponse<String> response : new HttpResponse[] {
            anonymous.get("/login"), api.get("/api/me"), api.get("/api/no-such-thing"), anonymous.get("/api/me")
        }) {
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .as(response.uri().toString())
                    .contains("frame-ancestors 'none'", "default-src 'self'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as("no HSTS over plain http")
                    .isEmpty();
        }
        HttpResponse<String> viaHttps = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/me"))
                .header("X-Forwarded-Proto", "https")
                .GET()
                .build());
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000");
    }

    private HttpResponse<String> problem(int status, Supplier<HttpResponse<String>> request) {
        HttpResponse<String> response = request.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":" + status)
                .doesNotContain("Exception", "at org.", "SQL", "PSQL", "Tomcat", "Spring", "4.1.1");
        return response;
    }

    /**
     * A page whose rendering needs a database connection while the pool has none to give (50 readers at once found it
     * answered 500): a busy database is a 503, for a browser and for a JSON client alike.
     */
    @Test
    void aPageThatCannotGetAConnectionWhileRenderingIsUnavailableNotABug() {
        HttpResponse<String> page = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/test-busy-page"))
                .header("Accept", "text/html")
                .GET()
                .build());
        assertThat(page.statusCode()).as(page.body()).isEqualTo(503);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");

        HttpResponse<String> json = problem(503, () -> api.get("/api/test-busy-page"));
        assertThat(json.body()).contains("storage-unavailable");
    }

    /** A handler that fails the way a bug would, to see what a 500 looks like from outside. */
    @TestConfiguration
    @RestController
    static class Failing {
        @GetMapping("/api/test-failure")
        String fail() {
            throw new IllegalStateException("simulated bug with SQL details: SELECT secret FROM t");
        }

        /** Fails while its view renders, past the controllers' exception handler, as a template's query would. */
        @GetMapping("/api/test-busy-page")
        ModelAndView busyPage() {
            return new ModelAndView((model, request, response) -> {
                throw new CannotGetJdbcConnectionException(
                        "Failed to obtain JDBC Connection",
                        new SQLTransientConnectionException("Connection is not available, request timed out"));
            });
        }
    }
}
