package org.commitmenttracker.register.body;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;

/** One fact of a body was replaced; BodyRegistered stays untouched. An ORGANISATION value is a party code. */
@Revision("1")
public record BodyCorrected(String code, BodyField field, String value, String reason, Source source)
        implements BodyEvent {}
