package org.commitmenttracker.register.session;

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

public record RecordSession(
        @TargetAggregateIdentifier @NotBlank @Pattern(regexp = Ids.PATTERN, message = Ids.MESSAGE)
        String sessionId,

        @NotBlank @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String body,

        @Size(max = 300) String title,
        @Valid @NotNull WorldDate worldDate,
        @NotBlank @Size(max = 300) String place,
        @NotNull SessionKind kind,
        @NotNull SessionFormat format,

        @Pattern(regexp = PartyCodes.PATTERN, message = PartyCodes.MESSAGE)
        String chair,

        @NotNull @Size(max = 200) List<@Valid @NotNull Participant> participants,
        @Valid Handover handover,
        @Valid @NotNull Source source,
        @Size(max = 300) String placeRu) {

    /** Without the place in Russian. */
    public RecordSession(
            String sessionId,
            String body,
            String title,
            WorldDate worldDate,
            String place,
            SessionKind kind,
            SessionFormat format,
            String chair,
            List<Participant> participants,
            Handover handover,
            Source source) {
        this(sessionId, body, title, worldDate, place, kind, format, chair, participants, handover, source, null);
    }

    /** Lists may be left out of the JSON; absent means empty. */
    public RecordSession {
        participants = participants == null ? List.of() : participants;
    }
}
