package org.commitmenttracker.item;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.commitmenttracker.register.catalogue.PartyCodes;

/** A number a source reports about an item, such as a contingent's size, optionally per party. */
public record Figure(
        @NotBlank @Size(max = 100) String name,
        @NotNull BigDecimal value,
        @Size(max = 50) String unit,

        @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String party) {}
