package org.commitmenttracker.register.party;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.commitmenttracker.register.catalogue.PartyCodes;

public record RegisterParty(
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameRu,
        @NotNull PartyKind kind) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return PartyCodes.aggregateId(code);
    }
}
