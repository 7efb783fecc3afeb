package org.commitmenttracker.register.party;

import org.axonframework.serialization.Revision;

@Revision("1")
public record PartyRegistered(String code, String name, String nameRu, PartyKind kind) implements PartyEvent {}
