package org.commitmenttracker.register.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;

/**
 * An outcome of a session known only as a count: "17 documents were signed". The register does not invent items for the
 * documents a report does not name; the session view sets the count against the items it does hold.
 */
public record RecordSessionOutcome(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @TargetAggregateVersion Long expectedVersion,
        @NotNull OutcomeKind outcome,
        @NotNull @PositiveOrZero @Max(10_000) Integer count,
        @Size(max = 4000) String note,
        @Valid @NotNull Source source) {}
