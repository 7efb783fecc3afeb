package org.commitmenttracker.register.body;

import java.util.List;
import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A body and its initial members. {@code registeredOn} is the world date from which the body and those members count;
 * events stored before it existed have none, and their members count from before any date asked.
 */
@Revision("1")
public record BodyRegistered(
        String code, String name, String nameRu, String organisation, List<String> members, WorldDate registeredOn)
        implements BodyEvent {

    /** The shape stored before the registration date existed. */
    public BodyRegistered(String code, String name, String nameRu, String organisation, List<String> members) {
        this(code, name, nameRu, organisation, members, null);
    }
}
