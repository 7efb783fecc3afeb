package org.commitmenttracker.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.RecordPledge;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * Commands that each append one event: recording a pledge and changing its status, sent through the in-process command
 * gateway and through the HTTP API, by several clients at once. A command is timed from sending until the tracker
 * answers that its event is stored.
 */
final class WritePath {

    private static final String SECTION = "write path";

    private final RunningTracker tracker;
    private final BenchCatalogue catalogue;

    WritePath(RunningTracker tracker, BenchCatalogue catalogue) {
        this.tracker = tracker;
        this.catalogue = catalogue;
    }

    List<Measurement> measure(BenchmarkSizes sizes) throws Exception {
        CommandGateway gateway = tracker.bean(CommandGateway.class);
        int n = sizes.writeCommands();
        int clients = sizes.clients();
        String threads = clients + " threads";
        List<Measurement> figures = new ArrayList<>();

        String[] gatewayPledges = new String[n];
        figures.add(time("write.gateway.pledge", "record pledge, command gateway", threads, clients, n, index -> {
            gatewayPledges[index] = UUID.randomUUID().toString();
            gateway.sendAndWait(pledge(gatewayPledges[index], index));
        }));
        figures.add(time(
                "write.gateway.status",
                "change status, command gateway",
                threads,
                clients,
                n,
                index -> gateway.sendAndWait(new ChangeStatus(
                        gatewayPledges[index],
                        null,
                        ItemStatus.IN_PROGRESS,
                        "Work has begun",
                        WorldDate.day(BenchCatalogue.LAST_SESSION),
                        BenchCatalogue.source("status " + index)))));

        String[] httpPledges = new String[n];
        String clientsNote = clients + " HTTP clients, API token";
        figures.add(time("write.http.pledge", "record pledge, HTTP", clientsNote, clients, n, index -> {
            HttpResponse<String> created = tracker.post("/api/items/pledges", pledgeJson(index));
            expect(created, 201);
            httpPledges[index] =
                    created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
        }));
        figures.add(time(
                "write.http.status",
                "change status, HTTP",
                clientsNote,
                clients,
                n,
                index -> expect(
                        tracker.post("/api/items/" + httpPledges[index] + "/status-changes", """
                        {"to": "IN_PROGRESS", "note": "Work has begun", "worldDate": {"date": "2023-12-20", "precision": "DAY"},
                         "source": {"title": "Benchmark register", "publisher": "Commitment Tracker benchmark",
                                    "locator": "status %d"}}""".formatted(index)),
                        200)));
        return figures;
    }

    private interface Operation {
        void run(int index) throws Exception;
    }

    private static Measurement time(String key, String what, String note, int clients, int count, Operation operation)
            throws Exception {
        Latencies latencies = new Latencies();
        long started = System.nanoTime();
        Parallel.clients(clients, client -> {
            for (int index = client; index < count; index += clients) {
                long start = System.nanoTime();
                operation.run(index);
                latencies.add(System.nanoTime() - start);
            }
            return null;
        });
        double elapsed = (System.nanoTime() - started) / 1e9;
        return Measurement.timed(SECTION, key, what, count, elapsed, "commands/s", latencies, note);
    }

    private RecordPledge pledge(String itemId, int index) {
        return new RecordPledge(
                itemId,
                session(index),
                party(index),
                "Head of " + party(index),
                null,
                "Benchmark pledge " + index + " to strengthen border security",
                null,
                List.of("border-security"),
                WorldDate.day(BenchCatalogue.LAST_SESSION.plusYears(1)),
                null,
                List.of(),
                WorldDate.day(BenchCatalogue.FIRST_SESSION),
                BenchCatalogue.source("pledge " + index),
                null,
                null,
                null);
    }

    private String pledgeJson(int index) {
        return """
                {"sessionId": "%s", "pledgedBy": "%s", "person": "Head of %s",
                 "title": "Benchmark pledge %d to strengthen border security", "themes": ["border-security"],
                 "due": {"date": "2024-12-20", "precision": "DAY"}, "figures": [],
                 "worldDate": {"date": "2019-01-10", "precision": "DAY"},
                 "source": {"title": "Benchmark register", "publisher": "Commitment Tracker benchmark", "locator": "pledge %d"}}""".formatted(session(index), party(index), party(index), index, index);
    }

    private String session(int index) {
        return catalogue.sessionIds().getFirst();
    }

    private String party(int index) {
        return catalogue.parties().get(index % catalogue.parties().size());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(
                    response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
