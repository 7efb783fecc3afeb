package org.commitmenttracker.eventstore.integrity;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of walking every chain. {@code firstBreak} is the first bad position in walking order (aggregate id, then
 * sequence); {@code breaks} lists the first bad position of each broken aggregate, up to {@link ChainWalk#MAX_LISTED}.
 */
public record IntegrityReport(
        boolean intact,
        long aggregatesChecked,
        long eventsChecked,
        long brokenAggregates,
        ChainBreak firstBreak,
        List<ChainBreak> breaks,
        Instant checkedAt) {

    /** The report as printed by {@code --verify-integrity}. */
    public String describe() {
        StringBuilder text = new StringBuilder("Event store integrity: ")
                .append(intact ? "INTACT" : "BROKEN")
                .append(" (")
                .append(eventsChecked)
                .append(" events in ")
                .append(aggregatesChecked)
                .append(" aggregates checked at ")
                .append(checkedAt)
                .append(")");
        if (!intact) {
            text.append(System.lineSeparator()).append("  first bad position: ").append(firstBreak);
            text.append(System.lineSeparator()).append("  broken aggregates: ").append(brokenAggregates);
            breaks.forEach(
                    b -> text.append(System.lineSeparator()).append("  - ").append(b));
        }
        return text.toString();
    }
}
