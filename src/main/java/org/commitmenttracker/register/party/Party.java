package org.commitmenttracker.register.party;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.Arrays;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.refusal.InvalidField;

@Aggregate
class Party {

    @AggregateIdentifier
    private String id;

    protected Party() {}

    @CommandHandler
    Party(RegisterParty command) {
        apply(new PartyRegistered(command.code(), command.name(), command.nameRu(), command.kind()));
    }

    @CommandHandler
    void handle(CorrectParty command) {
        String value = command.value().strip();
        if (command.field() == PartyField.KIND
                && Arrays.stream(PartyKind.values())
                        .noneMatch(kind -> kind.name().equals(value))) {
            throw new InvalidField("value", "must be one of STATE, ORGANISATION, BODY");
        }
        apply(new PartyCorrected(command.code(), command.field(), value, command.reason(), command.source()));
    }

    @EventSourcingHandler
    void on(PartyRegistered event) {
        id = PartyCodes.aggregateId(event.code());
    }
}
