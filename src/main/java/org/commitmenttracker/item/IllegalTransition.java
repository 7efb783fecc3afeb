package org.commitmenttracker.item;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commitmenttracker.shared.refusal.RuleViolation;

/** A status change the item's lifecycle does not allow; the answer lists the moves that are allowed. */
public class IllegalTransition extends RuleViolation {

    public IllegalTransition(ItemKind kind, ItemStatus current, ItemStatus requested, Set<ItemStatus> allowed) {
        super(
                "A " + kind.name().toLowerCase() + " cannot move from " + current + " to " + requested,
                Map.of(
                        "currentStatus",
                        current,
                        "requestedStatus",
                        requested,
                        "allowedStatuses",
                        new TreeSet<>(allowed)));
    }
}
