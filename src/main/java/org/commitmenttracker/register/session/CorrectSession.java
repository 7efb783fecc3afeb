package org.commitmenttracker.register.session;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.Source;

/**
 * Replaces one fact of a recorded session and says why and on what authority. The session's record stays as it was;
 * reads from the correction's recording on show the new value. PARTICIPANTS takes the whole new list in
 * {@code participants}; every other field takes its new value as text in {@code value}.
 */
public record CorrectSession(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @TargetAggregateVersion Long expectedVersion,
        @NotNull SessionField field,
        @Size(max = 300) String value,
        @Size(max = 200) List<@Valid @NotNull Participant> participants,
        @NotBlank @Size(max = 4000) String reason,
        @Valid @NotNull Source source) {}
