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
        @Size(max = 8000) String quote) {
    /** Without a Russian summary or a quoted passage. */
    public ChangeStatus(
            String itemId, Long expectedVersion, ItemStatus to, String note, WorldDate worldDate, Source source) {
        this(itemId, expectedVersion, to, note, worldDate, source, null, null);
    }
}
