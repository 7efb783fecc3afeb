package org.commitmenttracker.eventstore.integrity;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs, stores and publishes checkpoints (db/V61): at the interval {@code tracker.checkpoints.interval} when events
 * were added since the last one, and on demand. A checkpoint is only signed over a store whose every chain holds:
 * signing a broken store would vouch for the tampering.
 */
@Component
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final int LISTED = 200;

    private final IntegrityVerifier verifier;
    private final CheckpointSigner signer;
    private final JdbcClient jdbc;
    private final Clock clock = Clock.systemUTC();

    Checkpoints(IntegrityVerifier verifier, @Lazy CheckpointSigner signer, JdbcClient jdbc) {
        this.verifier = verifier;
        this.signer = signer;
        this.jdbc = jdbc;
    }

    /** A summary row of the published list. */
    public record Summary(
            long id,
            Instant signedAt,
            String keyId,
            long eventCount,
            long maxGlobalIndex,
            long aggregateCount,
            String merkleRoot) {}

    @Scheduled(
            initialDelayString = "${tracker.checkpoints.interval:PT1H}",
            fixedDelayString = "${tracker.checkpoints.interval:PT1H}")
    void onSchedule() {
        try {
            long newest = jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")
                    .query(Long.class)
                    .single();
            Optional<Summary> latest = list().stream().findFirst();
            if (latest.isPresent() && latest.get().maxGlobalIndex() == newest) {
                return;
            }
            sign();
        } catch (RuntimeException e) {
            log.error("The scheduled checkpoint was not signed: {}", e.getMessage());
        }
    }

    /** Walks every chain, signs a checkpoint of the heads and stores it; refused when a chain is broken. */
    public ObjectNode sign() {
        IntegrityVerifier.Walked walked = verifier.walk();
        if (!walked.report().intact()) {
            log.error(
                    "Checkpoint refused: the event store's chains are broken ({})",
                    walked.report().firstBreak());
            throw new RuleViolation("No checkpoint was signed: the event store does not verify (first break: "
                    + walked.report().firstBreak() + "). See GET /api/admin/integrity.");
        }
        List<CheckpointLeaf> leaves = new ArrayList<>(walked.leaves());
        leaves.sort(Comparator.comparing(CheckpointLeaf::aggregate));
        // Microseconds: what timestamptz keeps, so the stored time equals the signed one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        CheckpointContent content = CheckpointContent.of(
                signer.keyId(), now, walked.report().eventsChecked(), walked.maxGlobalIndex(), leaves);
        byte[] bytes = content.bytes();
        byte[] signature = signer.sign(bytes);
        long id = jdbc.sql("""
                        INSERT INTO event_checkpoint (signed_content, signature, key_id, merkle_root, aggregate_count, event_count,
                                                      max_global_index, signed_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        bytes,
                        signature,
                        signer.keyId(),
                        content.merkleRoot(),
                        (long) leaves.size(),
                        content.eventCount(),
                        content.maxGlobalIndex(),
                        OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
                .query(Long.class)
                .single();
        log.info(
                "Checkpoint {} signed: {} events, {} aggregates, Merkle root {}",
                id,
                content.eventCount(),
                leaves.size(),
                HexFormat.of().formatHex(content.merkleRoot()));
        return document(id, bytes, signature, signer.keyId());
    }

    public List<Summary> list() {
        return jdbc.sql("""
                        SELECT id, signed_at, key_id, event_count, max_global_index, aggregate_count, merkle_root
                        FROM event_checkpoint ORDER BY id DESC LIMIT ?""")
                .param(LISTED)
                .query((rs, row) -> new Summary(
                        rs.getLong(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        HexFormat.of().formatHex(rs.getBytes(7))))
                .list();
    }

    public Optional<ObjectNode> byId(long id) {
        return jdbc.sql("SELECT id, signed_content, signature, key_id FROM event_checkpoint WHERE id = ?")
                .param(id)
                .query((rs, row) -> document(rs.getLong(1), rs.getBytes(2), rs.getBytes(3), rs.getString(4)))
                .optional();
    }

    public Optional<ObjectNode> latest() {
        return jdbc.sql("SELECT max(id) FROM event_checkpoint")
                .query(Long.class)
                .optional()
                .flatMap(this::byId);
    }

    String publicKeyPem() {
        return signer.publicKeyPem();
    }

    String keyId() {
        return signer.keyId();
    }

    /**
     * The file a third party keeps: the signed bytes and the signature (base64), which are all a verifier reads, and
     * the same content decoded for people.
     */
    static ObjectNode document(long id, byte[] content, byte[] signature, String keyId) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", id);
        node.put("algorithm", SigningKeys.ALGORITHM);
        node.put("keyId", keyId);
        node.put("content", Base64.getEncoder().encodeToString(content));
        node.put("signature", Base64.getEncoder().encodeToString(signature));
        node.set("checkpoint", JSON.readTree(content));
        return node;
    }
}
