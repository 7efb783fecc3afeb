package org.commitmenttracker.reliability;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.commitmenttracker.item.FollowUpStance;
import org.commitmenttracker.item.RaiseFollowUp;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The situation of AxonFramework issue 4829, step by step. A transaction appends an event (index N) and stays open;
 * meanwhile other writes commit (N+1...). The probe processor is stopped while they commit and started
 * {@link #PROBE_DELAY} later, so when it reads N+1 that event is already that old. It finishes them while N is still
 * invisible, which leaves a gap at N. Only then does the late transaction commit, after at least {@link #HOLD}. Whether
 * N is ever processed depends on whether the gap outlived the processor's reading of events that old, i.e. on the gap
 * timeout.
 */
@Import(EventProbe.class)
// Both scenarios run a probe processor of the same name on the shared database. A context left
// running would keep the probe's token claimed, and the next scenario's probe would see nothing.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LateCommitScenario extends IntegrationTest {

    static final Duration HOLD = Duration.ofSeconds(5);
    static final Duration PROBE_DELAY = Duration.ofSeconds(2);
    static final int OTHER_WRITES = 5;

    @Autowired
    CommandGateway commands;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventProbe probe;

    /** What was written: the events around the late one, the late one, how long it was held. */
    record LateWrite(List<String> otherEventIds, String lateEventId, long heldMillis) {

        List<String> allEventIds() {
            return Stream.concat(otherEventIds.stream(), Stream.of(lateEventId)).toList();
        }
    }

    LateWrite writeLate(Scene scene) throws Exception {
        String lateItem = scene.decision();
        String otherItem = scene.decision();
        probeProcessor().shutDown();
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(() -> transaction.execute(tx -> {
            long start = System.nanoTime();
            commands.sendAndWait(followUp(scene, lateItem, "late"));
            inserted.countDown();
            sleep(HOLD);
            awaitLatch(mayCommit);
            return (System.nanoTime() - start) / 1_000_000;
        }));
        inserted.await(20, TimeUnit.SECONDS);
        for (int i = 0; i < OTHER_WRITES; i++) {
            api.post("/api/items/" + otherItem + "/follow-ups", scene.followUp("meanwhile" + i));
        }
        List<String> others = eventIds(otherItem);
        sleep(PROBE_DELAY);
        probeProcessor().start();
        // Generous for a loaded machine, yet short of the 30 s after which db/V30 refuses the late commit.
        await().atMost(Duration.ofSeconds(20)).until(() -> probe.seen().containsAll(others));
        mayCommit.countDown();
        long heldMillis = held.get(20, TimeUnit.SECONDS);
        List<String> lateIds = eventIds(lateItem);
        return new LateWrite(
                Stream.concat(others.stream(), Stream.of(lateIds.get(0))).toList(), lateIds.get(1), heldMillis);
    }

    static RaiseFollowUp followUp(Scene scene, String item, String note) {
        return new RaiseFollowUp(
                item,
                null,
                scene.laterSession(),
                scene.party(),
                "Emomali Rahmon",
                FollowUpStance.CALLED_FOR,
                note,
                WorldDate.day(LocalDate.of(2023, 11, 23)),
                new Source("Session of the CSTO Collective Security Council", "Kremlin", null, null, "line 3"),
                null,
                null,
                null,
                null);
    }

    List<String> eventIds(String item) {
        return jdbc.sql(
                        "SELECT event_identifier FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY sequence_number")
                .param(item)
                .query(String.class)
                .list();
    }

    StreamingEventProcessor probeProcessor() {
        return processing
                .eventProcessor(EventProbe.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
