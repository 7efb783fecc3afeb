package org.commitmenttracker.shared.provenance;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The document a fact was taken from, and where in it. The address is optional because several sources (an undated
 * article, a printed report) give none.
 */
public record Source(
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String publisher,

        @Size(max = 1000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) address")
        String url,

        @RegisterDates.InRange LocalDate publishedOn,
        @NotBlank @Size(max = 200) String locator) {}
