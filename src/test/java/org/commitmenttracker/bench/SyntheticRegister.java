package org.commitmenttracker.bench;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.item.DecisionAdopted;
import org.commitmenttracker.item.EntryCorrected;
import org.commitmenttracker.item.Figure;
import org.commitmenttracker.item.FollowUpRaised;
import org.commitmenttracker.item.FollowUpStance;
import org.commitmenttracker.item.ItemEvent;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemLinked;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.LinkRelation;
import org.commitmenttracker.item.PartyAssessed;
import org.commitmenttracker.item.PledgeGiven;
import org.commitmenttracker.item.ProposalMade;
import org.commitmenttracker.item.StatusChanged;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * A large register made of the domain's own events, appended through Axon's storage engine (so the rows, serialised
 * payloads and hash chain are exactly what commands would have stored), but without running a command per event, which
 * would take far longer than the benchmark may.
 *
 * <p>Items open at a session and gain one more event at each later session: status moves along their lifecycle,
 * follow-ups, assessments, a link to an earlier item and, for one item in twenty, a corrected title. Everything is
 * derived from the item number, so a run can be repeated.
 */
final class SyntheticRegister {

    static final String RECORDED_BY = "benchmark";
    private static final int APPEND_BATCH = 1_000;
    private static final String[][] TOPICS = {
        {"border security", "безопасность границ", "border-security"},
        {"peacekeeping forces", "миротворческие силы", "peacekeeping"},
        {"drug trafficking", "незаконный оборот наркотиков", "drugs"},
        {"cyber security", "информационная безопасность", "cyber-security"},
        {"joint military exercises", "совместные военные учения", "exercises"},
        {"air defence", "противовоздушная оборона", "air-defence"},
        {"Afghanistan", "Афганистан", "afghanistan"},
        {"biological safety", "биологическая безопасность", "biosecurity"},
        {"crisis response", "реагирование на кризисы", "crisis-response"},
        {"illegal migration", "незаконная миграция", "migration"}
    };
    private static final String[] ACTIONS = {"Strengthen", "Fund", "Coordinate", "Review", "Expand", "Train staff for"};
    private static final String[] PLACES = {
        "Central Asia",
        "the Caucasus",
        "the Tajik-Afghan border",
        "the Eastern Europe region",
        "the Collective Rapid Reaction Forces",
        "the joint staff",
        "the member states' capitals",
        "the training centres"
    };

    private final BenchCatalogue catalogue;
    private final int items;
    private final int itemEvents;
    private final String itemType;

    /** @param itemType the aggregate type Axon stores for items, read from events the commands wrote */
    SyntheticRegister(BenchCatalogue catalogue, int items, int itemEvents, String itemType) {
        this.catalogue = catalogue;
        this.items = items;
        this.itemEvents = itemEvents;
        this.itemType = itemType;
    }

    static String itemId(int item) {
        return UUID.nameUUIDFromBytes(("bench-item-" + item).getBytes()).toString();
    }

    static ItemKind kind(int item) {
        int tenth = item % 10;
        return tenth < 3 ? ItemKind.DECISION : tenth < 6 ? ItemKind.PROPOSAL : ItemKind.PLEDGE;
    }

    static String title(int item) {
        return ACTIONS[item % ACTIONS.length] + " " + TOPICS[item / 3 % TOPICS.length][0] + " in "
                + PLACES[item / 7 % PLACES.length] + " (measure " + item + ")";
    }

    /** Appends every item event, session by session; returns how many were appended. */
    long append(EventStorageEngine storage, TransactionManager transactions) {
        int sessions = catalogue.sessionIds().size();
        int[] eventsOf = new int[items];
        for (int item = 0; item < items; item++) {
            eventsOf[item] = itemEvents / items + (item < itemEvents % items ? 1 : 0);
        }
        int[] next = new int[items];
        List<DomainEventMessage<?>> batch = new ArrayList<>(APPEND_BATCH);
        long appended = 0;
        for (int session = 0; session < sessions; session++) {
            Instant recordedAt =
                    catalogue.sessionDates().get(session).atTime(9, 0).toInstant(ZoneOffset.UTC);
            boolean last = session == sessions - 1;
            for (int item = 0; item < items && openedAt(item, sessions) <= session; item++) {
                while (next[item] < eventsOf[item] && (last || openedAt(item, sessions) + next[item] <= session)) {
                    int sequence = next[item]++;
                    recordedAt = recordedAt.plusMillis(7);
                    ItemEvent event = event(item, sequence, eventsOf[item], session);
                    batch.add(new GenericDomainEventMessage<>(
                            itemType,
                            itemId(item),
                            sequence,
                            event,
                            Map.of(RecorderMetadata.RECORDED_BY, RECORDED_BY),
                            UUID.randomUUID().toString(),
                            recordedAt));
                    if (batch.size() == APPEND_BATCH) {
                        appended += flush(storage, transactions, batch);
                    }
                }
            }
        }
        return appended + flush(storage, transactions, batch);
    }

    private static long flush(
            EventStorageEngine storage, TransactionManager transactions, List<DomainEventMessage<?>> batch) {
        int size = batch.size();
        if (size > 0) {
            transactions.executeInTransaction(() -> storage.appendEvents(batch));
            batch.clear();
        }
        return size;
    }

    private int openedAt(int item, int sessions) {
        return (int) ((long) item * sessions / items);
    }

    private ItemEvent event(int item, int sequence, int total, int session) {
        String id = itemId(item);
        SplittableRandom random = new SplittableRandom(item * 31L + sequence);
        WorldDate date = WorldDate.day(catalogue.sessionDates().get(session));
        String sessionId = catalogue.sessionIds().get(session);
        String actor = actor(item);
        var source = BenchCatalogue.source("item " + item + " event " + sequence);
        if (sequence == 0) {
            return opening(item, id, sessionId, date, source);
        }
        if (sequence == 1) {
            return new StatusChanged(id, opening(kind(item)), underWay(kind(item)), "Work began", date, source);
        }
        if (sequence == total - 1 && item % 2 == 0) {
            return new StatusChanged(
                    id, underWay(kind(item)), closing(kind(item), random), "Reported at the session", date, source);
        }
        return switch (sequence % 6) {
            case 3 ->
                item > 0
                        ? new ItemLinked(id, LinkRelation.REFERS_TO, itemId(item - 1), "Related measure", date, source)
                        : followUp(id, sessionId, actor, date, source, random);
            case 4 ->
                new PartyAssessed(
                        id,
                        actor,
                        sequence < 8 ? AssessmentPeriod.INTERIM : AssessmentPeriod.FINAL,
                        Compliance.values()[random.nextInt(3)],
                        "Assessed from the session record",
                        date,
                        source);
            case 5 ->
                item % 20 == 0
                        ? new EntryCorrected(
                                id,
                                0,
                                new CorrectedValue.Title(title(item) + " (corrected)"),
                                "Misread the source",
                                date,
                                source)
                        : followUp(id, sessionId, actor, date, source, random);
            default -> followUp(id, sessionId, actor, date, source, random);
        };
    }

    private ItemEvent opening(
            int item,
            String id,
            String sessionId,
            WorldDate date,
            org.commitmenttracker.shared.provenance.Source source) {
        String[] topic = TOPICS[item / 3 % TOPICS.length];
        List<String> themes = List.of(topic[2]);
        String text = "The members agreed to " + title(item).toLowerCase() + ".";
        WorldDate due = WorldDate.day(date.date().plusYears(1 + item % 3));
        List<Figure> figures =
                item % 4 == 0 ? List.of(new Figure("budget", BigDecimal.valueOf(1000 + item), "USD", null)) : List.of();
        return switch (kind(item)) {
            case DECISION ->
                new DecisionAdopted(
                        id,
                        sessionId,
                        catalogue.body(),
                        "decision",
                        "Решение: " + topic[1] + " (мера " + item + ")",
                        title(item),
                        text,
                        item % 30 + 1,
                        themes,
                        List.of(actor(item), actor(item + 1)),
                        due,
                        figures,
                        date,
                        source);
            case PROPOSAL ->
                new ProposalMade(
                        id,
                        sessionId,
                        actor(item),
                        "Head of " + actor(item),
                        "proposal",
                        title(item),
                        text,
                        themes,
                        figures,
                        date,
                        source,
                        null,
                        null,
                        null);
            case PLEDGE ->
                new PledgeGiven(
                        id,
                        sessionId,
                        actor(item),
                        "Head of " + actor(item),
                        null,
                        title(item),
                        text,
                        themes,
                        due,
                        null,
                        figures,
                        date,
                        source,
                        null,
                        null,
                        null);
            case STATEMENT -> throw new IllegalArgumentException("the synthetic register records no statements");
        };
    }

    private FollowUpRaised followUp(
            String id,
            String sessionId,
            String party,
            WorldDate date,
            org.commitmenttracker.shared.provenance.Source source,
            SplittableRandom random) {
        return new FollowUpRaised(
                id,
                sessionId,
                party,
                "Head of " + party,
                FollowUpStance.values()[random.nextInt(4)],
                "Raised again at the session",
                date,
                source,
                null,
                null,
                null,
                null);
    }

    private String actor(int item) {
        return catalogue.parties().get(item % catalogue.parties().size());
    }

    private static ItemStatus opening(ItemKind kind) {
        return switch (kind) {
            case DECISION -> ItemStatus.ADOPTED;
            case PROPOSAL -> ItemStatus.PROPOSED;
            case PLEDGE -> ItemStatus.MADE;
            case STATEMENT -> throw new IllegalArgumentException("the synthetic register records no statements");
        };
    }

    private static ItemStatus underWay(ItemKind kind) {
        return switch (kind) {
            case DECISION -> ItemStatus.IN_IMPLEMENTATION;
            case PROPOSAL -> ItemStatus.UNDER_CONSIDERATION;
            case PLEDGE -> ItemStatus.IN_PROGRESS;
            case STATEMENT -> throw new IllegalArgumentException("the synthetic register records no statements");
        };
    }

    private static ItemStatus closing(ItemKind kind, SplittableRandom random) {
        return switch (kind) {
            case DECISION -> random.nextBoolean() ? ItemStatus.IMPLEMENTED : ItemStatus.STALLED;
            case PROPOSAL -> random.nextBoolean() ? ItemStatus.ADOPTED : ItemStatus.LAPSED;
            case PLEDGE -> random.nextBoolean() ? ItemStatus.FULFILLED : ItemStatus.PARTIALLY_FULFILLED;
            case STATEMENT -> throw new IllegalArgumentException("the synthetic register records no statements");
        };
    }

    /** A date in the middle of the register's world time, for as-of reads. */
    LocalDate middleDate() {
        return catalogue.sessionDates().get(catalogue.sessionDates().size() / 2);
    }
}
