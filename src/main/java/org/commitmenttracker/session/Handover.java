package org.commitmenttracker.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.commitmenttracker.party.PartyCodes;
import org.commitmenttracker.provenance.WorldDate;

/** The chairmanship passing from one party to the next, as announced at a session. */
public record Handover(
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE) String from,
        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE) String to,
        @Valid @NotNull WorldDate effective) {
}
