package org.commitmenttracker.bench;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.register.body.BodyRegistered;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.register.party.PartyKind;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.register.session.Participant;
import org.commitmenttracker.register.session.SessionFormat;
import org.commitmenttracker.register.session.SessionHeld;
import org.commitmenttracker.register.session.SessionKind;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The parties, body and sessions every benchmark item refers to. Sessions are spread evenly from 2019 to the end of
 * 2023.
 */
record BenchCatalogue(String body, List<String> parties, List<String> sessionIds, List<LocalDate> sessionDates) {

    static final List<String> PARTIES = List.of("ARM", "BLR", "KAZ", "KGZ", "RUS", "TJK");
    static final String BODY = "CSC";
    static final LocalDate FIRST_SESSION = LocalDate.of(2019, 1, 10);
    static final LocalDate LAST_SESSION = LocalDate.of(2023, 12, 20);

    static Source source(String locator) {
        return new Source(
                "Benchmark register",
                "Commitment Tracker benchmark",
                URI.create("https://example.org/bench").toString(),
                LocalDate.of(2024, 1, 1),
                locator);
    }

    /**
     * Appends the catalogue's events with the instants they would have been recorded at (parties and the body before
     * the first session, each session on its day), so that known-at reads of the past find them, as they would in a
     * register kept since 2019.
     */
    static BenchCatalogue record(EventStorageEngine storage, TransactionManager transactions, int sessions) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Instant before = FIRST_SESSION.minusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        for (String party : PARTIES) {
            events.add(event(
                    "Party",
                    PartyCodes.aggregateId(party),
                    new PartyRegistered(party, "State " + party, null, PartyKind.STATE),
                    before));
        }
        events.add(event(
                "Body",
                BodyCodes.aggregateId(BODY),
                new BodyRegistered(
                        BODY, "Collective Security Council", "Совет коллективной безопасности", null, PARTIES),
                before));
        List<String> ids = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        long span = LAST_SESSION.toEpochDay() - FIRST_SESSION.toEpochDay();
        for (int session = 0; session < sessions; session++) {
            String id = UUID.nameUUIDFromBytes(("bench-session-" + session).getBytes())
                    .toString();
            LocalDate date = FIRST_SESSION.plusDays(sessions == 1 ? 0 : span * session / (sessions - 1));
            String chair = PARTIES.get(session % PARTIES.size());
            events.add(event(
                    "Session",
                    id,
                    new SessionHeld(
                            id,
                            BODY,
                            "Session " + (session + 1),
                            WorldDate.day(date),
                            "Moscow",
                            session % 5 == 0 ? SessionKind.EXTRAORDINARY : SessionKind.REGULAR,
                            SessionFormat.IN_PERSON,
                            chair,
                            PARTIES.stream()
                                    .map(party -> new Participant("Head of " + party, "President", party))
                                    .toList(),
                            null,
                            source("session " + (session + 1))),
                    date.atTime(8, 0).toInstant(ZoneOffset.UTC)));
            ids.add(id);
            dates.add(date);
        }
        transactions.executeInTransaction(() -> storage.appendEvents(events));
        return new BenchCatalogue(BODY, PARTIES, List.copyOf(ids), List.copyOf(dates));
    }

    private static DomainEventMessage<?> event(String type, String aggregateId, Object payload, Instant recordedAt) {
        return new GenericDomainEventMessage<>(
                type,
                aggregateId,
                0,
                payload,
                Map.of(RecorderMetadata.RECORDED_BY, SyntheticRegister.RECORDED_BY),
                UUID.randomUUID().toString(),
                recordedAt);
    }
}
