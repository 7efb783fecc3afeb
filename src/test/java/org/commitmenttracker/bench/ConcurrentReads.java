package org.commitmenttracker.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many monitors at once (issue #17): 50 clients on the HTML dashboard page and on the item list, each figure with its
 * throughput and p99, while a single prober asks {@code /actuator/health} every 50 ms (a load balancer's view: does the
 * tracker still answer while it is busy?). Beside them, 50 JDBC clients reading one stored event by primary key: what
 * PostgreSQL alone serves to as many clients on the same cores, in the same run.
 */
final class ConcurrentReads {

    static final int CLIENTS = 50;
    private static final String SECTION = "concurrent reads";

    private final RunningTracker tracker;
    private final String url;
    private final String user;
    private final String password;

    ConcurrentReads(RunningTracker tracker, String url, String user, String password) {
        this.tracker = tracker;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /**
     * @param perClient requests each client sends (at least one even past the budget)
     * @param budget seconds a figure may take; slow pages stop early and the table's n says how many were timed
     */
    List<Measurement> measure(int perClient, double budget) throws Exception {
        List<Measurement> figures = new ArrayList<>();
        figures.add(raw(perClient, budget));
        Latencies health = new Latencies();
        figures.add(
                http("read.concurrent.dashboard", "dashboard page (HTML), 50 clients", "/", perClient, budget, health));
        figures.add(http(
                "read.concurrent.items",
                "item list (API), 50 clients",
                "/api/items?size=20",
                perClient,
                budget,
                health));
        figures.add(Benchmark.logged(Measurement.latency(
                SECTION,
                "read.concurrent.health",
                "health check while 50 clients read",
                health,
                "GET /actuator/health every 50 ms, one prober")));
        return figures;
    }

    private Measurement http(String key, String what, String path, int perClient, double budget, Latencies health)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tracker.base + path))
                .header("Authorization", tracker.authorization)
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .GET()
                .build();
        for (int i = 0; i < 5; i++) {
            expect200(tracker.http.send(request, HttpResponse.BodyHandlers.ofString()));
        }
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong refused = new AtomicLong();
        Thread prober = Thread.ofPlatform().start(() -> probeHealth(running, health));
        try {
            Measurement figure = timed(key, what, "GET " + path + ", API token", perClient, budget, client -> {
                // Counted, not thrown: an overloaded tracker refusing some requests is itself the finding.
                if (tracker.http
                                .send(request, HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        != 200) {
                    refused.incrementAndGet();
                }
            });
            return Benchmark.logged(
                    refused.get() == 0
                            ? figure
                            : new Measurement(
                                    figure.section(),
                                    figure.key(),
                                    figure.what(),
                                    figure.rate(),
                                    figure.unit(),
                                    figure.p50Millis(),
                                    figure.p99Millis(),
                                    figure.count(),
                                    figure.note() + "; " + refused.get() + " answered other than 200"));
        } finally {
            running.set(false);
            prober.join();
        }
    }

    private void probeHealth(AtomicBoolean running, Latencies health) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(tracker.base + "/actuator/health"))
                .GET()
                .build();
        while (running.get()) {
            long start = System.nanoTime();
            try {
                tracker.http.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            health.add(System.nanoTime() - start);
            java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
        }
    }

    private Measurement raw(int perClient, double budget) throws Exception {
        long events;
        try (Connection connection = DriverManager.getConnection(url, user, password);
                ResultSet max =
                        connection.createStatement().executeQuery("SELECT max(global_index) FROM domain_event_entry")) {
            max.next();
            events = max.getLong(1);
        }
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < CLIENTS; i++) {
                connections.add(DriverManager.getConnection(url, user, password));
            }
            AtomicLong next = new AtomicLong();
            return Benchmark.logged(timed(
                    "raw.read.concurrent",
                    "read one event by primary key, 50 clients",
                    "50 JDBC connections, one row per query",
                    perClient,
                    budget,
                    client -> {
                        try (PreparedStatement read = connections
                                .get(client)
                                .prepareStatement("SELECT payload FROM domain_event_entry WHERE global_index = ?")) {
                            read.setLong(1, 1 + next.getAndAdd(7_919) % Math.max(1, events));
                            try (ResultSet row = read.executeQuery()) {
                                row.next();
                            }
                        }
                    }));
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
    }

    private interface Request {
        void send(int client) throws Exception;
    }

    private static Measurement timed(String key, String what, String note, int perClient, double budget, Request r)
            throws Exception {
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        long deadline = started + (long) (budget * 1e9);
        Parallel.clients(CLIENTS, client -> {
            for (int i = 0; i < perClient && (i == 0 || System.nanoTime() < deadline); i++) {
                long start = System.nanoTime();
                r.send(client);
                latencies.add(System.nanoTime() - start);
            }
            return null;
        });
        double elapsed = (System.nanoTime() - started) / 1e9;
        String section = key.startsWith("raw.") ? "raw PostgreSQL" : SECTION;
        return Measurement.timed(section, key, what, latencies.count(), elapsed, "requests/s", latencies, note);
    }

    private static void expect200(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
