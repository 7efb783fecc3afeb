package org.commitmenttracker.eventstore.integrity;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * The Merkle tree hash of RFC 6962 (Certificate Transparency) over a checkpoint's leaves, sorted by aggregate id.
 * Leaves and inner nodes are hashed with different prefixes (0x00, 0x01), so a node can never pass for a leaf. A leaf
 * is SHA-256(0x00 || int4 length || aggregate id (UTF-8) || int8 sequence || 32-byte chain hash).
 */
final class MerkleTree {

    private MerkleTree() {}

    static byte[] root(List<CheckpointLeaf> leaves) {
        if (leaves.isEmpty()) {
            return sha256().digest();
        }
        byte[][] hashes = new byte[leaves.size()][];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = leaf(leaves.get(i));
        }
        return root(hashes, 0, hashes.length);
    }

    static byte[] leaf(CheckpointLeaf leaf) {
        byte[] id = leaf.aggregate().getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = sha256();
        sha.update((byte) 0);
        sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(id.length).array());
        sha.update(id);
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(leaf.sequence()).array());
        sha.update(leaf.head());
        return sha.digest();
    }

    /** RFC 6962 section 2.1: split at the largest power of two smaller than the count. */
    private static byte[] root(byte[][] hashes, int from, int to) {
        int count = to - from;
        if (count == 1) {
            return hashes[from];
        }
        int split = Integer.highestOneBit(count - 1);
        MessageDigest sha = sha256();
        sha.update((byte) 1);
        sha.update(root(hashes, from, from + split));
        sha.update(root(hashes, from + split, to));
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
