package org.commitmenttracker.eventstore;

import java.util.Map;
import java.util.function.Function;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;

/**
 * Events are stored under their class's full name, and stored events are never rewritten (the table is append-only and
 * hash-chained). When a class moves, its old name stays in the store: this upcaster reads it as the new one, for
 * aggregates and processors alike. The payload is untouched.
 */
@Component
class RenamedEventTypes extends SingleEventUpcaster {

    /** Stored name -> class name today. Moved into modules: party, body and session events. */
    static final Map<String, String> RENAMED = Map.of(
            "org.commitmenttracker.party.PartyRegistered", "org.commitmenttracker.register.party.PartyRegistered",
            "org.commitmenttracker.body.BodyRegistered", "org.commitmenttracker.register.body.BodyRegistered",
            "org.commitmenttracker.session.SessionHeld", "org.commitmenttracker.register.session.SessionHeld");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return RENAMED.containsKey(representation.getType().getName());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        SerializedType stored = representation.getType();
        return renamed(representation, new SimpleSerializedType(RENAMED.get(stored.getName()), stored.getRevision()));
    }

    private static <T> IntermediateEventRepresentation renamed(
            IntermediateEventRepresentation representation, SerializedType type) {
        @SuppressWarnings("unchecked")
        Class<T> contentType = (Class<T>) representation.getData().getContentType();
        return representation.upcastPayload(type, contentType, Function.identity());
    }
}
