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
        Source source,
        String placeRu)
        implements SessionEvent {

    /** Without the place in Russian (events stored before it existed load with none). */
    public SessionHeld(
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
}
