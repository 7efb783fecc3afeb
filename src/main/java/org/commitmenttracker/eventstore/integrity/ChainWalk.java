package org.commitmenttracker.eventstore.integrity;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks events fed in (aggregate id, sequence) order against the chain heads. Per aggregate it keeps only the expected
 * next sequence and the previous hash, so a store of any size is checked in one pass.
 */
final class ChainWalk {

    static final int MAX_LISTED = 100;

    private final Map<String, Head> heads;
    private final List<CheckpointLeaf> leaves = new ArrayList<>();
    private final List<ChainBreak> breaks = new ArrayList<>();
    private long brokenAggregates;
    private long aggregates;
    private long events;

    private String aggregate;
    private long expected;
    private byte[] previous;
    private boolean broken;

    /** The last sequence and hash recorded for an aggregate in event_chain_head. */
    record Head(long lastSequence, byte[] lastHash) {}

    ChainWalk(Map<String, Head> heads) {
        this.heads = new TreeMap<>(heads);
    }

    void accept(StoredEvent event) {
        if (!event.aggregate().equals(aggregate)) {
            finishAggregate();
            aggregate = event.aggregate();
            aggregates++;
            expected = 0;
            previous = EventChain.GENESIS;
            broken = false;
        }
        events++;
        if (broken) {
            return;
        }
        if (event.sequence() != expected) {
            fail(expected, "event " + expected + " is missing; the next stored event is " + event.sequence());
        } else if (event.chainHash() == null) {
            fail(expected, "the event has no hash: it was not written through the append path");
        } else if (!MessageDigest.isEqual(EventChain.link(previous, event), event.chainHash())) {
            fail(expected, "the hash does not match: this event's content or its place in the chain was altered");
        } else {
            previous = event.chainHash();
            expected++;
        }
    }

    IntegrityReport finish() {
        finishAggregate();
        // Heads left over belong to aggregates none of whose events remain.
        heads.forEach((id, head) -> {
            aggregates++;
            broken(new ChainBreak(
                    id, 0, "all events are missing; the chain head records sequence " + head.lastSequence()));
        });
        return new IntegrityReport(
                brokenAggregates == 0,
                aggregates,
                events,
                brokenAggregates,
                breaks.isEmpty() ? null : breaks.getFirst(),
                List.copyOf(breaks),
                Instant.now());
    }

    private void finishAggregate() {
        if (aggregate == null) {
            return;
        }
        Head head = heads.remove(aggregate);
        if (broken) {
            return;
        }
        long last = expected - 1;
        if (head == null) {
            fail(last, "no chain head is recorded for this aggregate");
        } else if (head.lastSequence() > last) {
            fail(
                    last + 1,
                    "events " + (last + 1) + " to " + head.lastSequence()
                            + " are missing from the end; the chain head records sequence " + head.lastSequence());
        } else if (head.lastSequence() < last) {
            fail(
                    head.lastSequence() + 1,
                    "events after sequence " + head.lastSequence() + " were stored without moving the chain head");
        } else if (!MessageDigest.isEqual(head.lastHash(), previous)) {
            fail(last, "the last event's hash differs from the one recorded in the chain head");
        } else {
            leaves.add(new CheckpointLeaf(aggregate, last, previous));
        }
    }

    /** Every intact aggregate's last sequence and hash, in walking order (aggregate id): a checkpoint's leaves. */
    List<CheckpointLeaf> leaves() {
        return leaves;
    }

    private void fail(long sequence, String reason) {
        broken = true;
        broken(new ChainBreak(aggregate, sequence, reason));
    }

    private void broken(ChainBreak chainBreak) {
        brokenAggregates++;
        if (breaks.size() < MAX_LISTED) {
            breaks.add(chainBreak);
        }
    }
}
