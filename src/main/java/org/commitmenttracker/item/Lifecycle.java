package org.commitmenttracker.item;

import static org.commitmenttracker.item.ItemStatus.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The lifecycle of each item kind (README, "Event catalogue"). ADOPTED closes a proposal but opens a decision, so
 * whether a status is open always depends on the kind.
 */
public enum Lifecycle {
    PROPOSAL(
            PROPOSED,
            Map.of(
                    PROPOSED,
                    EnumSet.of(
                            TABLED, UNDER_CONSIDERATION, RETURNED_FOR_REVISION, ADOPTED, REJECTED, WITHDRAWN, LAPSED),
                    TABLED,
                    EnumSet.of(UNDER_CONSIDERATION, RETURNED_FOR_REVISION, ADOPTED, REJECTED, WITHDRAWN, LAPSED),
                    UNDER_CONSIDERATION,
                    EnumSet.of(TABLED, RETURNED_FOR_REVISION, ADOPTED, REJECTED, WITHDRAWN, LAPSED),
                    // A returned draft may be tabled again at a later session.
                    RETURNED_FOR_REVISION,
                    EnumSet.of(TABLED, UNDER_CONSIDERATION, ADOPTED, REJECTED, WITHDRAWN, LAPSED))),
    DECISION(
            ADOPTED,
            Map.of(
                    ADOPTED, EnumSet.of(IN_IMPLEMENTATION, STALLED, IMPLEMENTED, SUPERSEDED, EXPIRED),
                    IN_IMPLEMENTATION, EnumSet.of(STALLED, IMPLEMENTED, SUPERSEDED, EXPIRED),
                    STALLED, EnumSet.of(IN_IMPLEMENTATION, IMPLEMENTED, SUPERSEDED, EXPIRED))),
    PLEDGE(
            MADE,
            Map.of(
                    MADE, EnumSet.of(IN_PROGRESS, FULFILLED, PARTIALLY_FULFILLED, BROKEN, WITHDRAWN),
                    IN_PROGRESS, EnumSet.of(FULFILLED, PARTIALLY_FULFILLED, BROKEN, WITHDRAWN))),
    /** A stated position cannot move: with no moves from STATED it is closed from the start. */
    STATEMENT(STATED, Map.of());

    private final ItemStatus opening;
    private final Map<ItemStatus, Set<ItemStatus>> moves;

    Lifecycle(ItemStatus opening, Map<ItemStatus, Set<ItemStatus>> moves) {
        this.opening = opening;
        this.moves = moves;
    }

    public static Lifecycle of(ItemKind kind) {
        return valueOf(kind.name());
    }

    public ItemStatus opening() {
        return opening;
    }

    public Set<ItemStatus> allowedFrom(ItemStatus current) {
        return moves.getOrDefault(current, Set.of());
    }

    /**
     * Whether an item is open after a status change to this status, whatever its kind, so that projections need not
     * look the kind up. A status alone would not do (ADOPTED is open for a decision, closed for a proposal), but no
     * status that a move reaches is open in one kind and closed in another: decisions never move to ADOPTED, and
     * WITHDRAWN is closed for both kinds.
     */
    public static boolean isOpenAfterMoveTo(ItemStatus status) {
        return Arrays.stream(values())
                .anyMatch(lifecycle -> lifecycle.reachedByMove(status) && lifecycle.isOpen(status));
    }

    boolean reachedByMove(ItemStatus status) {
        return moves.values().stream().anyMatch(targets -> targets.contains(status));
    }

    /** Open statuses are exactly those something can still move from; the rest are final. */
    public boolean isOpen(ItemStatus status) {
        return moves.containsKey(status);
    }

    public boolean belongs(ItemStatus status) {
        return status == opening || moves.values().stream().anyMatch(targets -> targets.contains(status));
    }
}
