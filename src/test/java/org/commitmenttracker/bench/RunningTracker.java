package org.commitmenttracker.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.eventstore.projection.ProjectionStatus;
import org.commitmenttracker.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tracker as it runs in production (web server, pooled processors, security), started in this JVM against the
 * benchmark's database, with a personal API token for the HTTP measurements: Basic authentication would time the
 * password hash, not the tracker.
 */
final class RunningTracker implements AutoCloseable {

    private static final String ADMIN = "bench-admin";
    private static final String ADMIN_PASSWORD = "bench-root-password-1";

    final ConfigurableApplicationContext context;
    final String base;
    final String authorization;
    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningTracker(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://localhost:"
                + ((WebServerApplicationContext) context).getWebServer().getPort();
        this.authorization = "Bearer " + issueToken();
    }

    static RunningTracker start(TestDatabase database) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        // Command-line arguments, so that they win over application.yml as they would in production.
        java.util.List<String> arguments = new java.util.ArrayList<>(database.applicationArguments());
        arguments.addAll(java.util.List.of(
                "--server.port=0",
                "--tracker.seeds.load-on-start=false",
                "--tracker.security.admin.username=" + ADMIN,
                "--tracker.security.admin.password=" + ADMIN_PASSWORD,
                "--logging.level.root=WARN"));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CommitmentTrackerApplication.class).run(arguments.toArray(String[]::new));
        try {
            return new RunningTracker(context);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** A tracker already started against a kept database, with a new token of the benchmark's admin. */
    static RunningTracker attach(ConfigurableApplicationContext context) {
        return new RunningTracker(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    boolean caughtUp() {
        return bean(ProjectionStatus.class).overview().caughtUp();
    }

    void awaitCaughtUp(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Read models did not catch up within " + timeout + ": "
                        + bean(ProjectionStatus.class).overview());
            }
            Thread.sleep(20);
        }
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .GET()
                .build());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    private String issueToken() {
        String basic =
                Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> issued = send(HttpRequest.newBuilder(URI.create(base + "/api/me/tokens"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"benchmark\"}"))
                .build());
        if (issued.statusCode() != 201) {
            throw new IllegalStateException(
                    "Could not issue an API token: " + issued.statusCode() + " " + issued.body());
        }
        JsonNode token = JsonMapper.builder().build().readTree(issued.body());
        return token.get("token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
