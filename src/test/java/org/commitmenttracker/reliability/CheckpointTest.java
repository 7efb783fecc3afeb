package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.commitmenttracker.eventstore.integrity.CheckpointVerifier;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signed checkpoints: a third party keeps a checkpoint file and the public key, and later proves the register only grew
 * since. A removed aggregate, a rewritten event and a consistently re-hashed chain (which the per-event chain check
 * cannot see) must each be reported, in-process and by the command line. A database of its own, because it tampers as
 * the superuser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckpointTest {

    private static final TestDatabase DATABASE = TestDatabase.create();

    @LocalServerPort
    int port;

    @Autowired
    CheckpointVerifier verifier;

    Api api;
    Api anonymous;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        DATABASE.register(registry);
        registry.add("tracker.security.admin.username", () -> IntegrationTest.ADMIN);
        registry.add("tracker.security.admin.password", () -> IntegrationTest.ADMIN_PASSWORD);
        Path keys = Files.createTempDirectory("checkpoint-keys");
        registry.add("tracker.checkpoints.key-file", () -> keys.resolve("signing-key.pem")
                .toString());
    }

    @BeforeEach
    void connect() {
        anonymous = new Api("http://localhost:" + port);
        api = anonymous.as(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void aCheckpointProvesGrowthAndExposesRemovalRewriteAndRehash() throws Exception {
        Scene scene = Scene.record(api);
        String removed = itemWithFourEvents(scene);
        String rewritten = itemWithFourEvents(scene);
        String rehashed = itemWithFourEvents(scene);
        String growing = itemWithFourEvents(scene);

        var signed = api.post("/api/admin/integrity/checkpoints", "");
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
        String checkpoint = signed.body();
        JsonNode document = Scene.JSON.readTree(checkpoint);
        long id = document.get("id").asLong();
        assertThat(document.get("checkpoint").get("leaves").size())
                .isEqualTo(document.get("checkpoint").get("aggregateCount").asInt());

        // Published: the list, the file by id and as the latest, and the public key; not to strangers.
        assertThat(api.get("/api/integrity/checkpoints").body()).contains("\"id\":" + id);
        assertThat(Scene.JSON.readTree(
                        api.get("/api/integrity/checkpoints/" + id).body()))
                .isEqualTo(document);
        assertThat(Scene.JSON.readTree(
                        api.get("/api/integrity/checkpoints/latest").body()))
                .isEqualTo(document);
        assertThat(api.get("/api/integrity/checkpoints/999999").statusCode()).isEqualTo(404);
        var keyAnswer = api.get("/api/integrity/public-key");
        String publicKey = keyAnswer.body();
        assertThat(publicKey).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(keyAnswer.headers().firstValue("X-Key-Id"))
                .contains(document.get("keyId").asString());
        assertThat(anonymous.get("/api/integrity/checkpoints").statusCode()).isEqualTo(401);
        assertThat(api.post("/api/admin/integrity/checkpoints", "").statusCode())
                .isEqualTo(201);

        Path folder = Files.createTempDirectory("third-party");
        Path checkpointFile = Files.writeString(folder.resolve("checkpoint.json"), checkpoint);
        Path keyFile = Files.writeString(folder.resolve("tracker.pem"), publicKey);

        // Growth is fine: more events on an aggregate of the checkpoint, and a new aggregate.
        assertThat(api.post("/api/items/" + growing + "/follow-ups", scene.followUp("later"))
                        .statusCode())
                .isEqualTo(200);
        scene.decision();
        assertThat(verifier.verify(checkpoint, publicKey).extended()).isTrue();
        ApplicationProcess.Outcome intact =
                ApplicationProcess.run(DATABASE, "--verify-checkpoint=" + checkpointFile, "--public-key=" + keyFile);
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("Checkpoint VERIFIED");

        // A checkpoint file altered by one character no longer carries a valid signature.
        ObjectNode forged = (ObjectNode) Scene.JSON.readTree(checkpoint);
        byte[] content =
                java.util.Base64.getDecoder().decode(forged.get("content").asString());
        content[content.length / 2] ^= 1;
        forged.put("content", java.util.Base64.getEncoder().encodeToString(content));
        CheckpointVerifier.Outcome forgery = verifier.verify(forged.toString(), publicKey);
        assertThat(forgery.extended()).isFalse();
        assertThat(forgery.summary()).contains("signature does not match");

        try (Attacker attacker = new Attacker(DATABASE)) {
            attacker.removeAggregate(removed);
            attacker.alterOneByte(rewritten, 1);
            attacker.alterOneByte(rehashed, 2);
            attacker.rehashFrom(rehashed, 2);
        }
        // The per-event chain check sees the rewrite, but neither the removal (its head went too) nor the re-hash.
        JsonNode integrity = Scene.JSON.readTree(api.get("/api/admin/integrity").body());
        assertThat(integrity.get("breaks").findValuesAsString("aggregate")).containsExactly(rewritten);

        CheckpointVerifier.Outcome outcome = verifier.verify(checkpoint, publicKey);
        assertThat(outcome.extended()).isFalse();
        assertThat(outcome.problems()).hasSize(4);
        assertThat(outcome.problems()).anySatisfy(p -> assertThat(p).contains("aggregate " + removed + " was removed"));
        assertThat(outcome.problems())
                .anySatisfy(p -> assertThat(p).contains("aggregate " + rewritten + ": event 1 was rewritten"));
        assertThat(outcome.problems()).anySatisfy(p -> assertThat(p)
                .contains("aggregate " + rehashed + ": the chain was rewritten and re-hashed"));
        assertThat(outcome.problems()).anySatisfy(p -> assertThat(p).contains("fewer than the"));

        ApplicationProcess.Outcome broken =
                ApplicationProcess.run(DATABASE, "--verify-checkpoint=" + checkpointFile, "--public-key=" + keyFile);
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("Checkpoint BROKEN", removed, rewritten, rehashed);
        // A store that does not verify gets no new signature.
        assertThat(api.post("/api/admin/integrity/checkpoints", "").statusCode())
                .isEqualTo(409);
        System.out.printf(
                "RELIABILITY checkpoints: tamperings injected=3 (removed aggregate, rewritten event, re-hashed chain), "
                        + "reported by the checkpoint=%d problems %s, by the chain check alone=1; command line intact exit=%d, "
                        + "tampered exit=%d%n",
                outcome.problems().size(), outcome.problems(), intact.exitCode(), broken.exitCode());
    }

    private String itemWithFourEvents(Scene scene) {
        String item = scene.decision();
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/items/" + item + "/follow-ups", scene.followUp("f" + i))
                            .statusCode())
                    .isEqualTo(200);
        }
        return item;
    }
}
