package org.commitmenttracker.register.session;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

@Revision("1")
public record SessionHeld(
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
        Source source)
        implements SessionEvent {}
