package org.commitmenttracker.register.session;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.commitmenttracker.register.catalogue.PartyCodes;

public record Participant(
        @NotBlank @Size(max = 200) String person,
        @NotBlank @Size(max = 200) String role,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String party) {}
