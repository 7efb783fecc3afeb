package org.commitmenttracker.party;

/** Everything that can happen to a party. */
public sealed interface PartyEvent permits PartyRegistered {

    String code();
}
