package org.commitmenttracker.register.body;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.Source;

/** Replaces a body's name, Russian name or organisation, saying why and on what authority; the registration stays. */
public record CorrectBody(
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String code,

        @TargetAggregateVersion Long expectedVersion,
        @NotNull BodyField field,
        @NotBlank @Size(max = 200) String value,
        @NotBlank @Size(max = 4000) String reason,
        @Valid @NotNull Source source) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return BodyCodes.aggregateId(code);
    }
}
