package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A decision or other adopted document (declaration, statement); the session is absent when only a later mention is
 * known.
 */
public record RecordDecision(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String adoptedBy,

        @NotBlank @Size(max = 50) String documentType,
        @Size(max = 1000) String titleOriginal,
        @Size(max = 1000) String title,
        @Size(max = 8000) String text,
        @Positive Integer listPosition,

        @NotNull @Size(max = 10)
        List<@NotBlank @Pattern(regexp = Themes.PATTERN, message = Themes.MESSAGE) String> themes,

        @NotNull @Size(max = 100)
        List<@NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE) String> binds,

        @Valid WorldDate due,
        @NotNull @Size(max = 50) List<@Valid @NotNull Figure> figures,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source,
        @Size(max = 2000) String summaryRu,
        @Size(max = 8000) String quote) {
    /** Without a Russian summary or a quoted passage. */
    public RecordDecision(
            String itemId,
            String sessionId,
            String adoptedBy,
            String documentType,
            String titleOriginal,
            String title,
            String text,
            Integer listPosition,
            List<String> themes,
            List<String> binds,
            WorldDate due,
            List<Figure> figures,
            WorldDate worldDate,
            Source source) {
        this(
                itemId,
                sessionId,
                adoptedBy,
                documentType,
                titleOriginal,
                title,
                text,
                listPosition,
                themes,
                binds,
                due,
                figures,
                worldDate,
                source,
                null,
                null);
    }

    /** Lists may be left out of the JSON; absent means empty. */
    public RecordDecision {
        themes = themes == null ? List.of() : themes;
        binds = binds == null ? List.of() : binds;
        figures = figures == null ? List.of() : figures;
    }
}
