package org.commitmenttracker.register.party;

import org.axonframework.serialization.Revision;
import org.commitmenttracker.shared.provenance.Source;

/** One fact of a party was replaced; PartyRegistered stays untouched. A KIND value is the kind's name. */
@Revision("1")
public record PartyCorrected(String code, PartyField field, String value, String reason, Source source)
        implements PartyEvent {}
