package org.commitmenttracker.eventstore.integrity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a checkpoint states, as the exact bytes that are signed: UTF-8 JSON with the fields in a fixed order. A verifier
 * checks the signature over these bytes as published, then reads them; it never has to re-serialise anything, so no
 * canonical JSON form is needed.
 */
record CheckpointContent(
        String keyId,
        Instant signedAt,
        long eventCount,
        long maxGlobalIndex,
        byte[] merkleRoot,
        List<CheckpointLeaf> leaves) {

    static final String FORMAT = "commitment-tracker-checkpoint/1";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HexFormat HEX = HexFormat.of();

    static CheckpointContent of(
            String keyId, Instant signedAt, long eventCount, long maxGlobalIndex, List<CheckpointLeaf> leaves) {
        return new CheckpointContent(
                keyId, signedAt, eventCount, maxGlobalIndex, MerkleTree.root(leaves), List.copyOf(leaves));
    }

    ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("format", FORMAT);
        node.put("keyId", keyId);
        node.put("signedAt", signedAt.toString());
        node.put("eventCount", eventCount);
        node.put("maxGlobalIndex", maxGlobalIndex);
        node.put("aggregateCount", leaves.size());
        node.put("merkleRoot", HEX.formatHex(merkleRoot));
        ArrayNode list = node.putArray("leaves");
        for (CheckpointLeaf leaf : leaves) {
            list.addObject()
                    .put("aggregate", leaf.aggregate())
                    .put("sequence", leaf.sequence())
                    .put("head", HEX.formatHex(leaf.head()));
        }
        return node;
    }

    byte[] bytes() {
        return JSON.writeValueAsBytes(toJson());
    }

    /** Reads signed bytes back; the Merkle root must be the one its leaves give. */
    static CheckpointContent parse(byte[] bytes) {
        JsonNode node = JSON.readTree(bytes);
        if (!FORMAT.equals(node.path("format").asString(""))) {
            throw new IllegalArgumentException("not a checkpoint of format " + FORMAT);
        }
        List<CheckpointLeaf> leaves = new ArrayList<>();
        for (JsonNode leaf : node.path("leaves")) {
            leaves.add(new CheckpointLeaf(
                    leaf.path("aggregate").asString(),
                    leaf.path("sequence").asLong(),
                    HEX.parseHex(leaf.path("head").asString())));
        }
        CheckpointContent content = new CheckpointContent(
                node.path("keyId").asString(),
                Instant.parse(node.path("signedAt").asString()),
                node.path("eventCount").asLong(),
                node.path("maxGlobalIndex").asLong(),
                HEX.parseHex(node.path("merkleRoot").asString()),
                leaves);
        if (!java.security.MessageDigest.isEqual(MerkleTree.root(leaves), content.merkleRoot())) {
            throw new IllegalArgumentException("the checkpoint's Merkle root is not the root of its leaves");
        }
        return content;
    }
}
