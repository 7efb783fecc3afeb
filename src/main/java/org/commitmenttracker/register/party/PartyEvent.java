package org.commitmenttracker.register.party;

/** Everything that can happen to a party. */
public sealed interface PartyEvent permits PartyRegistered, PartyCorrected {

    String code();
}
