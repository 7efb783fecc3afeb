package org.commitmenttracker.register.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.refusal.InvalidField;

@Aggregate
class Body {

    @AggregateIdentifier
    private String id;

    protected Body() {}

    @CommandHandler
    Body(RegisterBody command, Catalogue catalogue) {
        catalogue.requireParties("members", command.members());
        if (command.organisation() != null) {
            catalogue.requireParties("organisation", List.of(command.organisation()));
        }
        apply(new BodyRegistered(
                command.code(),
                command.name(),
                command.nameRu(),
                command.organisation(),
                List.copyOf(command.members())));
    }

    @CommandHandler
    void handle(CorrectBody command, Catalogue catalogue) {
        String value = command.value().strip();
        if (command.field() == BodyField.ORGANISATION) {
            if (!value.matches(PartyCodes.PATTERN)) {
                throw new InvalidField("value", PartyCodes.MESSAGE);
            }
            catalogue.requireParties("value", List.of(value));
        }
        apply(new BodyCorrected(command.code(), command.field(), value, command.reason(), command.source()));
    }

    @EventSourcingHandler
    void on(BodyRegistered event) {
        id = BodyCodes.aggregateId(event.code());
    }
}
