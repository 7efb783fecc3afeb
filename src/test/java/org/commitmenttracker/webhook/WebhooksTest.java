package org.commitmenttracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks against a real HTTP receiver started in the test; the test settings (config/application.properties) allow 3
 * tries, 200 ms then 400 ms apart, and a 1 s time limit per POST.
 */
class WebhooksTest extends IntegrationTest {

    private static final Duration BOUND = Duration.ofSeconds(30);

    private Receiver receiver;
    private final List<String> hooks = new ArrayList<>();

    @BeforeEach
    void receiver() throws Exception {
        receiver = new Receiver();
        // An API token: HTTP Basic would spend a bcrypt check on every poll.
        HttpResponse<String> issued = api.post("/api/me/tokens", "{\"name\": \"webhooks test\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        api = anonymous.withToken(Json.read(issued.body()).get("token").asString());
    }

    @AfterEach
    void cleanUp() {
        hooks.forEach(id -> api.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(api.base() + "/api/admin/webhooks/" + id))
                        .DELETE()
                        .build()));
        receiver.close();
    }

    private JsonNode register(String url, String... kinds) {
        HttpResponse<String> answer = api.post("/api/admin/webhooks", """
                {"url": "%s", "eventKinds": [%s], "description": "test"}""".formatted(
                url,
                String.join(
                        ",", List.of(kinds).stream().map(k -> "\"" + k + "\"").toList())));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode hook = Json.read(answer.body());
        hooks.add(hook.get("id").asString());
        return hook;
    }

    private JsonNode deliveries(String hook) {
        HttpResponse<String> answer = api.get("/api/admin/webhooks/" + hook + "/deliveries");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Json.read(answer.body());
    }

    /** The hook's delivery of the party's PartyRegistered event, once it is in the given state (polled in SQL). */
    private JsonNode awaitDelivery(String hook, String partyCode, String state) {
        String id = await(
                () -> jdbc.sql("""
                                SELECT id::text FROM webhook_delivery
                                WHERE subscription_id = ?::uuid AND state = ? AND body LIKE ?""")
                        .params(hook, state, "%\"" + partyCode + "\"%")
                        .query(String.class)
                        .optional()
                        .orElse(null),
                hook + " " + partyCode + " " + state);
        for (JsonNode delivery : deliveries(hook)) {
            if (delivery.get("id").asString().equals(id)) {
                return delivery;
            }
        }
        throw new AssertionError("Delivery " + id + " not in the log of " + hook);
    }

    private static <T> T await(Supplier<T> found, String what) {
        Instant deadline = Instant.now().plus(BOUND);
        while (Instant.now().isBefore(deadline)) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("Not seen within " + BOUND + ": " + what);
    }

    private static String hmac(String secret, String signed) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> outcomes(JsonNode delivery) {
        return Json.texts(delivery.get("log"), "outcome");
    }

    @Test
    void aDeliveryArrivesSignedWithTheSecretShownOnce() throws Exception {
        JsonNode hook = register(receiver.url("/ok"), "PartyRegistered");
        String secret = hook.get("secret").asString();
        assertThat(secret).startsWith("whsec_");
        var stored = jdbc.sql("SELECT secret, secret_sealed FROM webhook_subscription WHERE id = ?::uuid")
                .param(hook.get("id").asString())
                .query()
                .singleRow();
        assertThat(stored.get("secret")).as("no plain copy").isNull();
        assertThat((String) stored.get("secret_sealed"))
                .as("a database reader does not get the signing secret")
                .startsWith("v1:")
                .doesNotContain(secret)
                .doesNotContain(secret.substring("whsec_".length()));
        assertThat(api.get("/api/admin/webhooks").body())
                .contains(hook.get("id").asString())
                .doesNotContain(secret);
        String party = new World(api).party("HOOK");

        Receiver.Received arrived = await(
                () -> receiver.at("/ok").stream()
                        .filter(r -> r.body().contains("\"" + party + "\""))
                        .findFirst()
                        .orElse(null),
                "signed delivery");
        assertThat(arrived.signature()).isEqualTo("sha256=" + hmac(secret, arrived.timestamp() + "." + arrived.body()));
        assertThat(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(arrived.timestamp())))
                .isLessThan(300);
        assertThat(arrived.event()).isEqualTo("PartyRegistered");
        JsonNode body = Json.read(arrived.body());
        assertThat(body.get("eventType").asString()).isEqualTo("PartyRegistered");
        assertThat(body.get("payload").get("code").asString()).isEqualTo(party);
        assertThat(body.get("link").asString()).isEqualTo("/parties/" + party);
        assertThat(body.get("eventId").asString())
                .isEqualTo(jdbc.sql("SELECT event_id FROM webhook_delivery WHERE id = ?::uuid")
                        .param(arrived.id())
                        .query(String.class)
                        .single());
        JsonNode delivered = awaitDelivery(hook.get("id").asString(), party, "DELIVERED");
        assertThat(delivered.get("id").asString()).isEqualTo(arrived.id());
        assertThat(outcomes(delivered)).containsExactly("DELIVERED");
        assertThat(delivered.get("log").get(0).get("statusCode").asInt()).isEqualTo(204);

        // An admin sends it again: the same delivery id, so the receiver can tell it has it already.
        HttpResponse<String> again = api.post(
                "/api/admin/webhooks/" + hook.get("id").asString() + "/deliveries/" + arrived.id() + "/redeliver", "");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
        await(
                () -> receiver.at("/ok").stream()
                                        .filter(r -> r.id().equals(arrived.id()))
                                        .count()
                                == 2
                        ? true
                        : null,
                "redelivery");
        JsonNode twice = await(
                () -> {
                    JsonNode d = awaitDelivery(hook.get("id").asString(), party, "DELIVERED");
                    return d.get("log").size() == 2 ? d : null;
                },
                "second log entry");
        assertThat(outcomes(twice)).containsExactly("DELIVERED", "DELIVERED");
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffUntilItAnswers() {
        JsonNode hook = register(receiver.url("/flaky"), "PartyRegistered");
        String party = new World(api).party("FLAKY");

        JsonNode delivered = awaitDelivery(hook.get("id").asString(), party, "DELIVERED");
        assertThat(outcomes(delivered)).containsExactly("FAILED", "FAILED", "DELIVERED");
        assertThat(Json.texts(delivered.get("log"), "statusCode")).containsExactly("500", "500", "204");
        List<Instant> started = new ArrayList<>();
        delivered
                .get("log")
                .forEach(a -> started.add(Instant.parse(a.get("startedAt").asString())));
        // 200 ms after the first failure, 400 ms after the second (lower bounds only: they cannot flake).
        assertThat(Duration.between(started.get(0), started.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(started.get(1), started.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        List<Receiver.Received> tries = receiver.at("/flaky").stream()
                .filter(r -> r.body().contains("\"" + party + "\""))
                .toList();
        assertThat(tries).hasSize(3);
        assertThat(tries)
                .extracting(Receiver.Received::id)
                .containsOnly(delivered.get("id").asString());
    }

    @Test
    void deadEndpointsNeverHoldUpRecordingAndAreGivenUp() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String refused = register("http://127.0.0.1:" + closedPort + "/gone", "PartyRegistered")
                .get("id")
                .asString();
        String hanging =
                register(receiver.url("/hang"), "PartyRegistered").get("id").asString();
        World world = new World(api);
        List<String> parties = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parties.add(world.party("DEAD" + i));
        }
        // Every command was answered while the hanging receiver had not answered a single POST.
        assertThat(receiver.hangsAnswered.get()).isZero();

        for (String hook : List.of(refused, hanging)) {
            for (String party : parties) {
                JsonNode givenUp = awaitDelivery(hook, party, "GIVEN_UP");
                assertThat(outcomes(givenUp)).as(hook).containsExactly("FAILED", "FAILED", "GIVEN_UP");
                assertThat(givenUp.get("attempts").asInt()).isEqualTo(3);
                assertThat(givenUp.get("log").get(0).get("statusCode").isNull()).isTrue();
                assertThat(givenUp.get("log").get(0).get("error").asString()).isNotBlank();
            }
        }
        assertThat(receiver.at("/hang").stream()
                        .filter(r -> parties.stream().anyMatch(p -> r.body().contains("\"" + p + "\"")))
                        .count())
                .isEqualTo(15);
    }

    /**
     * What a crash leaves behind, written as it would be: a row claimed by a node that died mid-delivery (lease over),
     * a row a live node still holds, and a row already delivered. Only the first is sent, once, with its id.
     */
    @Test
    void aDeadWorkersClaimIsTakenOverAfterItsLeaseAndADeliveredRowIsNeverSentAgain() {
        String hook = register(receiver.url("/ok"), "PartyRegistered").get("id").asString();
        UUID orphan = UUID.randomUUID();
        UUID held = UUID.randomUUID();
        UUID delivered = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, body, state, attempts,
                    round_attempts, next_attempt_at, claimed_by, claimed_until, finished_at)
                VALUES (?, ?::uuid, ?, 'PartyRegistered', '{"row":"delivered"}', 'DELIVERED', 1, 1,
                        now() - interval '2 hours', NULL, NULL, now() - interval '1 hour'),
                       (?, ?::uuid, ?, 'PartyRegistered', '{"row":"orphan"}', 'PENDING', 1, 1,
                        now() - interval '1 hour', 'dead-node', now() - interval '1 second', NULL),
                       (?, ?::uuid, ?, 'PartyRegistered', '{"row":"held"}', 'PENDING', 1, 1,
                        now() - interval '1 hour', 'live-node', now() + interval '1 hour', NULL)""")
                .params(
                        delivered,
                        hook,
                        "crash-" + delivered,
                        orphan,
                        hook,
                        "crash-" + orphan,
                        held,
                        hook,
                        "crash-" + held)
                .update();

        await(() -> "DELIVERED".equals(state(orphan)) ? true : null, "orphan re-claimed");
        List<Receiver.Received> sent = receiver.at("/ok");
        assertThat(sent).extracting(Receiver.Received::id).containsExactly(orphan.toString());
        assertThat(jdbc.sql("SELECT attempts FROM webhook_delivery WHERE id = ?")
                        .param(orphan)
                        .query(Integer.class)
                        .single())
                .as("the dead node's claim counts, so its late outcome could not overwrite this one")
                .isEqualTo(2);
        assertThat(state(delivered)).isEqualTo("DELIVERED");
        assertThat(state(held)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_attempt WHERE delivery_id IN (?, ?)")
                        .params(delivered, held)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private String state(UUID delivery) {
        return jdbc.sql("SELECT state FROM webhook_delivery WHERE id = ?")
                .param(delivery)
                .query(String.class)
                .single();
    }

    @Test
    void registrationIsCheckedAndOnlyForAdmins() {
        HttpResponse<String> unknownKind = api.post("/api/admin/webhooks", """
                {"url": "https://example.org/hook", "eventKinds": ["PledgeGiven", "PledgeBroken"]}""");
        assertThat(unknownKind.statusCode()).as(unknownKind.body()).isEqualTo(422);
        assertThat(unknownKind.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/problem+json");
        assertThat(Json.read(unknownKind.body())
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("eventKinds[1]");
        HttpResponse<String> ftp = api.post("/api/admin/webhooks", """
                {"url": "ftp://example.org/hook", "eventKinds": ["PledgeGiven"]}""");
        assertThat(ftp.statusCode()).as(ftp.body()).isEqualTo(422);
        assertThat(Json.read(ftp.body()).get("errors").get(0).get("field").asString())
                .isEqualTo("url");
        assertThat(api.get("/api/admin/webhooks/event-kinds").body()).contains("PartyRegistered", "EntryCorrected");
        JsonNode docs = Json.read(api.get("/v3/api-docs").body());
        JsonNode post = docs.get("paths").get("/api/admin/webhooks").get("post");
        JsonNode media = post.get("requestBody").get("content").get("application/json");
        assertThat(media.get("examples")
                        .get("register")
                        .get("value")
                        .get("eventKinds")
                        .get(0)
                        .asString())
                .isEqualTo("PledgeGiven");
        String schema = media.get("schema").get("$ref").asString().replace("#/components/schemas/", "");
        List<String> required = new ArrayList<>();
        docs.get("components").get("schemas").get(schema).get("required").forEach(f -> required.add(f.asString()));
        assertThat(required).contains("url", "eventKinds");

        String user = "hooks-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "hooks-password-" + UUID.randomUUID();
        assertThat(api.post("/api/admin/users", """
                        {"username": "%s", "password": "%s", "role": "EDITOR"}""".formatted(user, password)).statusCode())
                .isEqualTo(201);
        assertThat(anonymous.as(user, password).get("/api/admin/webhooks").statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_subscription WHERE url LIKE '%example.org/hook'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aDisabledHookQueuesNothingAndThePageShowsHooksAndDeliveriesInBothLanguages() {
        String hook = register(receiver.url("/ok"), "PartyRegistered").get("id").asString();
        String disabled = register(receiver.url("/ok?disabled"), "PartyRegistered")
                .get("id")
                .asString();
        HttpResponse<String> off = api.post("/api/admin/webhooks/" + disabled + "/enabled", "{\"enabled\": false}");
        assertThat(off.statusCode()).as(off.body()).isEqualTo(200);
        assertThat(Json.read(off.body()).get("enabled").asBoolean()).isFalse();
        String party = new World(api).party("PAGE");
        JsonNode delivered = awaitDelivery(hook, party, "DELIVERED");
        assertThat(delivered.get("log").get(0).get("node").asString()).isNotBlank();
        // One statement queues the event for every matching hook: the enabled hook's row exists, the disabled has none.
        assertThat(jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE subscription_id = ?::uuid")
                        .param(disabled)
                        .query(Long.class)
                        .single())
                .isZero();

        String english = api.get("/admin/webhooks").body();
        assertThat(english).contains(receiver.url("/ok"), "delivered", "Redeliver", "PartyRegistered", "disabled");
        String russian = api.get("/admin/webhooks?lang=ru").body();
        assertThat(russian).contains("Вебхуки", "доставлено", "Отправить снова", "отключён");
    }
}
