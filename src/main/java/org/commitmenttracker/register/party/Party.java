package org.commitmenttracker.register.party;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.register.catalogue.PartyCodes;

@Aggregate
class Party {

    @AggregateIdentifier
    private String id;

    protected Party() {}

    @CommandHandler
    Party(RegisterParty command) {
        apply(new PartyRegistered(command.code(), command.name(), command.nameRu(), command.kind()));
    }

    @EventSourcingHandler
    void on(PartyRegistered event) {
        id = PartyCodes.aggregateId(event.code());
    }
}
