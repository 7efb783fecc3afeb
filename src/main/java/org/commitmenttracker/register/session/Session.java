package org.commitmenttracker.register.session;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.List;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.refusal.NotRecorded;

@Aggregate
class Session {

    @AggregateIdentifier
    private String sessionId;

    protected Session() {}

    @CommandHandler
    Session(RecordSession command, Catalogue catalogue) {
        if (!catalogue.exists(BodyCodes.aggregateId(command.body()), "Body")) {
            throw new NotRecorded("body", command.body());
        }
        catalogue.requireParties(
                "participants",
                command.participants().stream().map(Participant::party).toList());
        if (command.chair() != null) {
            catalogue.requireParties("chair", List.of(command.chair()));
        }
        if (command.handover() != null) {
            catalogue.requireParties(
                    "handover",
                    List.of(command.handover().from(), command.handover().to()));
        }
        apply(new SessionHeld(
                command.sessionId(),
                command.body(),
                // The API may leave the title out; the seeds write this same generated one.
                SessionTitles.orGenerated(
                        command.title(), command.body(), command.kind(), command.place(), command.worldDate()),
                command.worldDate(),
                command.place(),
                command.kind(),
                command.format(),
                command.chair(),
                List.copyOf(command.participants()),
                command.handover(),
                command.source(),
                command.placeRu()));
    }

    @CommandHandler
    void handle(RecordSessionOutcome command) {
        apply(new SessionOutcomeCounted(
                sessionId, command.outcome(), command.count(), command.note(), command.source()));
    }

    /** A correction replaces one fact; the session must have been recorded (else Axon answers not found). */
    @CommandHandler
    void handle(CorrectSession command, Catalogue catalogue) {
        apply(SessionCorrections.checked(command, catalogue));
    }

    @EventSourcingHandler
    void on(SessionHeld event) {
        sessionId = event.sessionId();
    }
}
