package org.commitmenttracker.reliability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;

/**
 * A tracking processor that remembers the id of every event it was given. It is not a component: only tests
 * that @Import it have it, so no other context and no real projection is affected.
 */
@ProcessingGroup(EventProbe.GROUP)
class EventProbe {

    static final String GROUP = "reliability-probe";

    private final Set<String> seen = ConcurrentHashMap.newKeySet();

    @EventHandler
    void on(Object event, @MessageIdentifier String eventId) {
        seen.add(eventId);
    }

    Set<String> seen() {
        return seen;
    }
}
