package org.commitmenttracker.register.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The chairmanship passing from one party to the next, as announced at a session. */
public record Handover(
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String from,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String to,

        @Valid @NotNull WorldDate effective) {}
