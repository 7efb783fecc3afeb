package org.commitmenttracker.register.session;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;

/**
 * One fact of a session was replaced; SessionHeld stays untouched. {@code value} is the new value in its written form
 * (a world date as {@code WorldDate.toString()} writes it, a kind or format by name); {@code participants} is set only
 * for PARTICIPANTS.
 */
@Revision("1")
public record SessionCorrected(
        String sessionId,
        SessionField field,
        String value,
        List<Participant> participants,
        String reason,
        Source source)
        implements SessionEvent {}
