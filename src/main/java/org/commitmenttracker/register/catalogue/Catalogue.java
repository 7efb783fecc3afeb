package org.commitmenttracker.register.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.commitmenttracker.eventstore.EventLookup;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.stereotype.Component;

/**
 * Answers "was this recorded, and as what?" from the first event of an aggregate, read through the event store's
 * gateway: never behind, inside the caller's transaction, as typed events.
 */
@Component
public class Catalogue {

    private final EventLookup events;

    Catalogue(EventLookup events) {
        this.events = events;
    }

    public Optional<Known> find(String aggregateId) {
        return events.first(aggregateId).map(first -> new Known(first.aggregateType(), first.payload()));
    }

    /** The aggregate's first event, when it is one of this type: SessionHeld for a session, say. */
    public <E> Optional<E> firstEvent(String aggregateId, Class<E> type) {
        return find(aggregateId).map(Known::event).filter(type::isInstance).map(type::cast);
    }

    public boolean exists(String aggregateId, String aggregateType) {
        return find(aggregateId)
                .filter(known -> known.aggregateType().equals(aggregateType))
                .isPresent();
    }

    public boolean partyExists(String code) {
        return exists(PartyCodes.aggregateId(code), "Party");
    }

    public boolean bodyExists(String code) {
        return exists(BodyCodes.aggregateId(code), "Body");
    }

    /** The newest event of an aggregate: its version, when and by whom it was recorded. */
    public Optional<EventLookup.Latest> latest(String aggregateId) {
        return events.latest(aggregateId);
    }

    /** Refuses the command, naming the field, unless every code is a registered party. */
    public void requireParties(String field, Collection<String> codes) {
        for (String code : codes) {
            if (!partyExists(code)) {
                throw new InvalidField(field, "party " + code + " is not registered");
            }
        }
    }

    /** Every event of an aggregate in order, typed: a body's membership changes, say. */
    public List<Object> events(String aggregateId) {
        return events.payloads(aggregateId);
    }

    /** An actor may be a party (a state pledging) or a body (a council adopting a decision). */
    public void requireActor(String field, String code) {
        if (!partyExists(code) && !bodyExists(code)) {
            throw new InvalidField(field, code + " is neither a registered party nor a registered body");
        }
    }

    /** An aggregate's type and its first event. */
    public record Known(String aggregateType, Object event) {

        /** The first event's name, such as PledgeGiven. */
        public String firstEvent() {
            return event.getClass().getSimpleName();
        }
    }
}
