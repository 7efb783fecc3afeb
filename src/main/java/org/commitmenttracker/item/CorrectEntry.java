package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * Replaces one earlier statement with a new value and says why. The corrected event stays in the store untouched;
 * {@code correctsVersion} names it (0, the recording itself, when absent).
 */
public record CorrectEntry(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @TargetAggregateVersion Long expectedVersion,
        @PositiveOrZero Long correctsVersion,
        @NotNull CorrectableField field,
        @NotNull @Size(max = 8000) String value,
        @NotBlank @Size(max = 4000) String reason,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source) {}
