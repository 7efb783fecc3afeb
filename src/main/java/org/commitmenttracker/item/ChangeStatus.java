package org.commitmenttracker.item;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

public record ChangeStatus(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String itemId,

        @TargetAggregateVersion Long expectedVersion,
        @NotNull ItemStatus to,
        @Size(max = 4000) String note,
        @Valid @NotNull WorldDate worldDate,
        @Valid @NotNull Source source,
        @Size(max = 2000) String summaryRu,
        @Size(max = 8000) String quote,

        /**
         * The decision a proposal (a draft) was adopted as, when {@code to} is ADOPTED: recorded as an ADOPTED_AS link
         * with the status change. Required for a draft once returned for revision (it is adopted at a later session).
         */
        @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String adoptedAs) {
    /** Without the decision a draft was adopted as. */
    public ChangeStatus(
            String itemId,
            Long expectedVersion,
            ItemStatus to,
            String note,
            WorldDate worldDate,
            Source source,
            String summaryRu,
            String quote) {
        this(itemId, expectedVersion, to, note, worldDate, source, summaryRu, quote, null);
    }

    /** Without a Russian summary or a quoted passage. */
    public ChangeStatus(
            String itemId, Long expectedVersion, ItemStatus to, String note, WorldDate worldDate, Source source) {
        this(itemId, expectedVersion, to, note, worldDate, source, null, null, null);
    }
}
