package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** A proposal made by a person on behalf of a party; "request" and similar asks use the category. */
public record RecordProposal(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String onBehalfOf,

        @Size(max = 200) String person,
        @Size(max = 50) String category,
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 8000) String text,

        @NotNull @Size(max = 10)
        List<@NotBlank @Pattern(regexp = Themes.PATTERN, message = Themes.MESSAGE) String> themes,

        @NotNull @Size(max = 50) List<@Valid @NotNull Figure> figures,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source,
        @Size(max = 2000) String summaryRu,
        @Size(max = 8000) String quote,
        @Size(max = 200) String personRu) {
    /** Lists may be left out of the JSON; absent means empty. */
    public RecordProposal {
        themes = themes == null ? List.of() : themes;
        figures = figures == null ? List.of() : figures;
    }
}
