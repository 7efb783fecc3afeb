package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

public record LinkItems(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @TargetAggregateVersion Long expectedVersion,
        @NotNull LinkRelation relation,

        @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String target,

        @Size(max = 4000) String note,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source) {}
