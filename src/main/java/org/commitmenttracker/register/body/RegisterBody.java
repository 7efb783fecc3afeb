package org.commitmenttracker.register.body;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.WorldDate;

public record RegisterBody(
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String nameRu,

        @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String organisation,

        @NotNull @Size(max = 100)
        List<@NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE) String> members,

        /** Optional: the world date from which the body and its initial members count. */
        @Valid WorldDate registeredOn) {

    /** Lists may be left out of the JSON; absent means empty. */
    public RegisterBody {
        members = members == null ? List.of() : members;
    }

    @TargetAggregateIdentifier
    public String aggregateId() {
        return BodyCodes.aggregateId(code);
    }
}
