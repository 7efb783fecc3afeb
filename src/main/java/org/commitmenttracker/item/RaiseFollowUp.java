package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * An earlier item raised again, at a later session or on an occasion between sessions (a press statement, an
 * interview): exactly one of {@code sessionId} and {@code occasion}. It never changes the status by itself.
 */
public record RaiseFollowUp(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @TargetAggregateVersion Long expectedVersion,

        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String raisedBy,

        @Size(max = 200) String person,
        @NotNull FollowUpStance stance,
        @Size(max = 4000) String note,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source,
        @Size(max = 2000) String summaryRu,
        @Size(max = 8000) String quote,
        @Valid Occasion occasion,
        @Size(max = 200) String personRu) {}
