package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.commitmenttracker.CommitmentTrackerApplication;
import org.commitmenttracker.eventstore.projection.ProcessingGroups;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two tracker nodes on one database, each processor split into four segments: the nodes share the segments out between
 * them, both take writes, the read models hold every event once, and when one node stops the other takes its segments
 * over and the read models still reconcile.
 */
class TwoNodesTest {

    private static final String ADMIN = "admin";
    private static final String PASSWORD = "two-nodes-root-secret-7";
    private static final int SEGMENTS = 4;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final TestDatabase database = TestDatabase.create();
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoNodesShareTheSegments_andOneTakesOverWhenTheOtherStops() throws Exception {
        Api first = start("node-a");
        Api second = start("node-b");
        JdbcClient jdbc = nodes.getFirst().getBean(JdbcClient.class);

        await(
                "every processor has segments on both nodes",
                () -> everyProcessorOwnedBy(jdbc, Set.of("node-a", "node-b")));
        System.out.println("RELIABILITY two nodes: claims " + claims(jdbc));

        Scene scene = Scene.record(first);
        long before = head(jdbc);
        int written = writeOnBoth(scene, first, second);
        Projections.awaitEveryTokenPastHead(first);
        assertThat(head(jdbc) - before).as("writes acknowledged and stored").isGreaterThanOrEqualTo(written);
        assertEveryEventInEveryReadModelOnce(jdbc, first, before);

        nodes.remove(1).close();
        Instant stopped = Instant.now();
        await("node-a owns every segment after node-b stopped", () -> everyProcessorOwnedBy(jdbc, Set.of("node-a")));
        System.out.printf(
                "RELIABILITY two nodes: node-a took every segment over %d ms after node-b stopped%n",
                Duration.between(stopped, Instant.now()).toMillis());

        long afterStop = head(jdbc);
        for (int i = 0; i < 20; i++) {
            assertThat(first.post(
                                    "/api/items/pledges",
                                    Fixtures.pledge(scene.firstSession(), scene.party(), "2022-01-10"))
                            .statusCode())
                    .isEqualTo(201);
        }
        Projections.awaitEveryTokenPastHead(first);
        assertEveryEventInEveryReadModelOnce(jdbc, first, afterStop);
        assertEveryEventInEveryReadModelOnce(jdbc, first, 0);
    }

    private Api start(String name) {
        Map<String, String> settings = new java.util.HashMap<>(database.applicationProperties());
        settings.putAll(Map.of(
                "server.port",
                "0",
                "tracker.node.name",
                name,
                "tracker.cluster.balance-interval",
                "1s",
                "tracker.cluster.release-for",
                "5s",
                "TRACKER_PROCESSOR_SEGMENTS",
                String.valueOf(SEGMENTS),
                "tracker.security.admin.username",
                ADMIN,
                "tracker.security.admin.password",
                PASSWORD));
        settings.putAll(tokenClaimIntervals());
        // As command-line arguments, so that they win over application.yml as they would for a real node.
        String[] arguments = settings.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(CommitmentTrackerApplication.class).run(arguments);
        nodes.add(context);
        String port = context.getEnvironment().getProperty("local.server.port");
        return new Api("http://localhost:" + port).as(ADMIN, PASSWORD);
    }

    private static Map<String, String> tokenClaimIntervals() {
        return Map.of(
                "axon.eventhandling.processors.items.token-claim-interval", "500",
                "axon.eventhandling.processors.audit.token-claim-interval", "500",
                "axon.eventhandling.processors.directory.token-claim-interval", "500");
    }

    /** Ten writers on each node at once, as a client behind a load balancer would send them. */
    private static int writeOnBoth(Scene scene, Api first, Api second) throws Exception {
        int writersPerNode = 10;
        int pledgesEach = 10;
        List<Future<Integer>> writers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writersPerNode * 2)) {
            for (int w = 0; w < writersPerNode * 2; w++) {
                Api node = w % 2 == 0 ? first : second;
                writers.add(pool.submit(() -> {
                    for (int i = 0; i < pledgesEach; i++) {
                        HttpResponse<String> answer = node.post(
                                "/api/items/pledges",
                                Fixtures.pledge(scene.firstSession(), scene.party(), "2022-01-10"));
                        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    }
                    return pledgesEach;
                }));
            }
            int written = 0;
            for (Future<Integer> writer : writers) {
                written += writer.get();
            }
            return written;
        }
    }

    private static void assertEveryEventInEveryReadModelOnce(JdbcClient jdbc, Api api, long after) {
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry e
                        LEFT JOIN rm_audit_event a ON a.event_id = e.event_identifier
                        WHERE e.global_index > ? AND a.global_index IS DISTINCT FROM e.global_index""").param(after).query(Long.class).single())
                .as("events missing from the audit log or at another index")
                .isZero();
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry e
                        LEFT JOIN rm_item_event i ON i.item_id = e.aggregate_identifier AND i.version = e.sequence_number
                        WHERE e.global_index > ? AND e.type = 'Item' AND i.item_id IS NULL""").param(after).query(Long.class).single())
                .as("item events missing from the items read model")
                .isZero();
        HttpResponse<String> reconciliation = api.get("/api/admin/reconciliation");
        assertThat(Json.read(reconciliation.body()).get("consistent").asBoolean())
                .as(reconciliation.body())
                .isTrue();
    }

    private static boolean everyProcessorOwnedBy(JdbcClient jdbc, Set<String> owners) {
        Map<String, Set<String>> claims = claims(jdbc);
        return claims.size() == ProcessingGroups.SHARED_OUT.size()
                && claims.values().stream().allMatch(owners::equals);
    }

    private static Map<String, Set<String>> claims(JdbcClient jdbc) {
        return jdbc
                .sql("SELECT processor_name, array_agg(DISTINCT coalesce(owner, '-')) AS owners, count(*) AS segments "
                        + "FROM token_entry GROUP BY processor_name")
                .query((rs, row) -> Map.entry(
                        rs.getString("processor_name"),
                        rs.getInt("segments") == SEGMENTS
                                ? Set.of((String[]) rs.getArray("owners").getArray())
                                : Set.<String>of()))
                .list()
                .stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static long head(JdbcClient jdbc) {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(200);
        }
    }
}
