package org.commitmenttracker.eventstore.integrity;

import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves that the register still extends an earlier checkpoint, trusting nothing but the public key and the checkpoint
 * file: the signature must hold over the published bytes, and every chain is recomputed from the stored events (as in
 * {@link EventChain}, not with the database's own functions). For each aggregate of the checkpoint, the chain
 * recomputed up to the checkpointed sequence must end in the checkpointed hash, so the history then is a prefix of the
 * history now:
 *
 * <ul>
 *   <li>an aggregate gone, or shorter than it was, is reported as removed;
 *   <li>an event whose content no longer gives its stored hash is reported as rewritten;
 *   <li>a chain whose stored hashes agree with its content but not with the checkpoint was rewritten and re-hashed;
 *   <li>fewer events, or a lower highest global index, than the checkpoint counted is reported too.
 * </ul>
 */
@Component
public class CheckpointVerifier {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IntegrityVerifier store;

    CheckpointVerifier(IntegrityVerifier store) {
        this.store = store;
    }

    public record Outcome(boolean extended, String summary, List<String> problems) {

        public String describe() {
            StringBuilder text = new StringBuilder(summary);
            problems.forEach(
                    p -> text.append(System.lineSeparator()).append("  - ").append(p));
            return text.toString();
        }
    }

    public Outcome verify(String checkpointJson, String publicKeyPem) {
        PublicKey key = SigningKeys.readPublic(publicKeyPem);
        JsonNode document = JSON.readTree(checkpointJson);
        byte[] content = Base64.getDecoder().decode(document.path("content").asString(""));
        byte[] signature = Base64.getDecoder().decode(document.path("signature").asString(""));
        if (!SigningKeys.verify(key, content, signature)) {
            return new Outcome(
                    false,
                    "Checkpoint NOT VERIFIED: the signature does not match this public key (key id "
                            + SigningKeys.keyId(key) + "); the file was altered or signed by another key",
                    List.of());
        }
        CheckpointContent checkpoint = CheckpointContent.parse(content);
        List<String> problems = store.inSnapshot(() -> compare(checkpoint));
        String about = "checkpoint of " + checkpoint.signedAt() + " (" + checkpoint.eventCount() + " events, "
                + checkpoint.leaves().size() + " aggregates, key " + checkpoint.keyId() + ")";
        return problems.isEmpty()
                ? new Outcome(true, "Checkpoint VERIFIED: the register still extends the " + about, List.of())
                : new Outcome(
                        false,
                        "Checkpoint BROKEN: the register no longer extends the " + about + ": " + problems.size()
                                + " problem(s)",
                        problems);
    }

    private List<String> compare(CheckpointContent checkpoint) {
        Map<String, CheckpointLeaf> expected = new HashMap<>();
        checkpoint.leaves().forEach(leaf -> expected.put(leaf.aggregate(), leaf));
        Recompute recompute = new Recompute(expected);
        store.events(recompute::accept);
        recompute.finishAggregate();
        List<String> problems = new ArrayList<>(recompute.problems);
        expected.keySet().stream()
                .filter(id -> !recompute.seen.containsKey(id))
                .sorted()
                .forEach(id -> problems.add("aggregate " + id
                        + " was removed: none of its events remain; the checkpoint holds it at sequence "
                        + expected.get(id).sequence()));
        if (recompute.events < checkpoint.eventCount()) {
            problems.add("the store holds " + recompute.events + " events, fewer than the " + checkpoint.eventCount()
                    + " the checkpoint counted");
        }
        long maxGlobalIndex = store.maxGlobalIndex();
        if (maxGlobalIndex < checkpoint.maxGlobalIndex()) {
            problems.add("the highest global index is " + maxGlobalIndex + ", lower than the checkpoint's "
                    + checkpoint.maxGlobalIndex());
        }
        return problems;
    }

    /** Recomputes each aggregate's chain from content alone and compares it at the checkpointed sequence. */
    private static final class Recompute {
        private final Map<String, CheckpointLeaf> expected;
        private final Map<String, Boolean> seen = new HashMap<>();
        private final List<String> problems = new ArrayList<>();
        private long events;

        private String aggregate;
        private long next;
        private byte[] previous;
        private String rewritten;
        private boolean compared;

        Recompute(Map<String, CheckpointLeaf> expected) {
            this.expected = expected;
        }

        void accept(StoredEvent event) {
            events++;
            if (!event.aggregate().equals(aggregate)) {
                finishAggregate();
                aggregate = event.aggregate();
                seen.put(aggregate, true);
                next = 0;
                previous = EventChain.GENESIS;
                rewritten = null;
                compared = false;
            }
            CheckpointLeaf leaf = expected.get(aggregate);
            if (leaf == null || compared) {
                return;
            }
            if (event.sequence() != next) {
                problems.add("aggregate " + aggregate + ": event " + next + " was removed (the next stored is "
                        + event.sequence() + "); the checkpoint holds the aggregate at sequence " + leaf.sequence());
                compared = true;
                return;
            }
            byte[] computed = EventChain.link(previous, event);
            if (rewritten == null
                    && (event.chainHash() == null || !MessageDigest.isEqual(computed, event.chainHash()))) {
                rewritten = "aggregate " + aggregate + ": event " + event.sequence()
                        + " was rewritten: its content no longer gives its stored hash";
            }
            previous = computed;
            next++;
            if (event.sequence() == leaf.sequence()) {
                compared = true;
                if (!MessageDigest.isEqual(computed, leaf.head())) {
                    problems.add(
                            rewritten != null
                                    ? rewritten
                                    : "aggregate " + aggregate
                                            + ": the chain was rewritten and re-hashed: at sequence " + leaf.sequence()
                                            + " it no longer ends in the checkpointed hash, though its stored hashes agree with its content");
                }
            }
        }

        void finishAggregate() {
            if (aggregate == null) {
                return;
            }
            CheckpointLeaf leaf = expected.get(aggregate);
            if (leaf != null && !compared) {
                problems.add("aggregate " + aggregate + ": events " + next + " to " + leaf.sequence()
                        + " were removed; the checkpoint holds the aggregate at sequence " + leaf.sequence());
            }
        }
    }
}
