package org.commitmenttracker.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.SessionEvent;

/**
 * The event kinds a webhook may ask for: the event catalogue (README), read from the sealed event types so that a new
 * event is offered without anyone remembering to list it here.
 */
public final class EventKinds {

    public static final List<String> ALL = Stream.of(
                    Stream.of(PartyRegistered.class, BodyRegistered.class),
                    Arrays.stream(SessionEvent.class.getPermittedSubclasses()),
                    Arrays.stream(ItemEvent.class.getPermittedSubclasses()))
            .flatMap(kinds -> kinds)
            .map(Class::getSimpleName)
            .toList();

    private EventKinds() {}
}
