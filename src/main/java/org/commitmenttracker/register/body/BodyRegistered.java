package org.commitmenttracker.register.body;

import java.util.List;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BodyRegistered(String code, String name, String nameRu, String organisation, List<String> members)
        implements BodyEvent {}
