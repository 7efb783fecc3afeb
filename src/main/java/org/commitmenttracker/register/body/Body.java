package org.commitmenttracker.register.body;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;

@Aggregate
class Body {

    @AggregateIdentifier
    private String id;

    private String code;
    private WorldDate registeredOn;

    /** Each party's membership changes in world-date order; a change is checked against the whole timeline. */
    private final Map<String, List<Membership.Step>> timelines = new HashMap<>();

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
                List.copyOf(command.members()),
                command.registeredOn()));
    }

    @CommandHandler
    void handle(RecordMembershipChange command, Catalogue catalogue) {
        catalogue.requireParties("party", List.of(command.party()));
        if (registeredOn != null && command.worldDate().latestDay().isBefore(registeredOn.date())) {
            throw new InvalidField(
                    "worldDate", "is before the body's registration on " + registeredOn + ": " + command.worldDate());
        }
        Membership.check(
                code,
                command.party(),
                timelines.getOrDefault(command.party(), List.of()),
                new Membership.Step(command.worldDate().date(), command.change()));
        apply(new MembershipChanged(
                code, command.party(), command.change(), command.worldDate(), command.source(), command.note()));
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
        code = event.code();
        registeredOn = event.registeredOn();
        // The initial members count from the registration date, or from before any date when none was given.
        LocalDate from = registeredOn == null ? null : registeredOn.date();
        event.members().forEach(member -> timelines
                .computeIfAbsent(member, m -> new ArrayList<>())
                .add(new Membership.Step(from, MembershipChange.JOINED)));
    }

    @EventSourcingHandler
    void on(MembershipChanged event) {
        List<Membership.Step> timeline = timelines.computeIfAbsent(event.party(), m -> new ArrayList<>());
        Membership.insert(timeline, new Membership.Step(event.worldDate().date(), event.change()));
    }
}
