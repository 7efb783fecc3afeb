package org.commitmenttracker.seeds;

import java.util.Comparator;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.refusal.RuleViolation;

/**
 * Restates a refused command in the seed's terms: file, record, seed field. Failures that are not refusals (the
 * database gone) pass through unchanged, so they are reported as what they are.
 */
final class SeedFailures {

    private SeedFailures() {}

    static RuntimeException explain(String fileName, SeedStep step, RuntimeException thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            SeedRejected rejected = refusal(fileName, step, cause);
            if (rejected != null) {
                return rejected;
            }
        }
        return thrown;
    }

    private static SeedRejected refusal(String fileName, SeedStep step, Throwable cause) {
        return switch (cause) {
            case JSR303ViolationException e ->
                e.getViolations().stream()
                        .map(v -> new SeedRejected(
                                fileName,
                                step.record(),
                                step.seedField(
                                        SeedRecords.clean(v.getPropertyPath().toString())),
                                v.getMessage()))
                        .min(Comparator.comparing(SeedRejected::field))
                        .orElse(null);
            case InvalidField e -> new SeedRejected(fileName, step.record(), step.seedField(e.field()), e.getMessage());
            case NotRecorded e -> new SeedRejected(fileName, step.record(), step.ruleField(), e.getMessage());
            case RuleViolation e -> new SeedRejected(fileName, step.record(), step.ruleField(), e.getMessage());
            case AggregateNotFoundException e ->
                new SeedRejected(
                        fileName,
                        step.record(),
                        step.ruleField(),
                        "nothing is recorded under id " + e.getAggregateIdentifier());
            default -> null;
        };
    }
}
