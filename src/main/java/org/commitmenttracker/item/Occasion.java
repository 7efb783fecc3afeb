package org.commitmenttracker.item;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An occasion between sessions at which an item was spoken of: a press statement, a spokesperson's comment. Its date
 * and its source are those of the fact that names it (worldDate, source), so they are not repeated here.
 */
public record Occasion(
        @NotNull OccasionKind kind, @Size(max = 500) String description) {}
