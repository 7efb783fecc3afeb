package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, no skipped events: with the configured timeouts (gap timeout 60 s, event-writing transactions refused at
 * commit after 30 s) an event committed late still reaches a tracking processor, and a transaction too old to be safe
 * cannot commit at all.
 */
class LateCommitTest extends LateCommitScenario {

    @Test
    void eventCommittedLateIsStillProcessed() throws Exception {
        LateWrite late = writeLate(Scene.record(api));
        await().atMost(30, TimeUnit.SECONDS).until(() -> probe.seen().containsAll(late.allEventIds()));
        System.out.printf(
                "RELIABILITY late commit: transaction held %d ms while %d writes committed; probe started %d ms "
                        + "after them; events expected=%d, processed=%d, late event processed=%s%n",
                late.heldMillis(),
                OTHER_WRITES,
                PROBE_DELAY.toMillis(),
                late.allEventIds().size(),
                late.allEventIds().stream().filter(probe.seen()::contains).count(),
                probe.seen().contains(late.lateEventId()));
    }

    @Test
    void eventTransactionOlderThanTheLimitIsRefusedAtCommit() {
        Scene scene = Scene.record(api);
        String item = scene.decision();
        assertThatThrownBy(() -> transaction.executeWithoutResult(tx -> {
                    jdbc.sql("SET LOCAL tracker.event_transaction_max_seconds = '1'")
                            .update();
                    commands.sendAndWait(followUp(scene, item, "too-slow"));
                    sleep(Duration.ofMillis(1500));
                }))
                .hasStackTraceContaining("longer than the 1 s allowed")
                .satisfies(refused -> assertThat(sqlStates(refused))
                        .as("what ProblemHandler answers 503 to")
                        .contains("25P04"));
        assertThat(eventIds(item))
                .as("only the recording; the slow follow-up was rolled back")
                .hasSize(1);
        System.out.println(
                "RELIABILITY late commit: event transaction older than its limit refused at commit; events kept=0");
    }

    @Test
    void processorRestartedDuringAReplayResumes() {
        Scene scene = Scene.record(api);
        List<String> ids = new ArrayList<>(eventIds(scene.decision()));
        StreamingEventProcessor processor = probeProcessor();
        processor.shutDown();
        // What a projection rebuild does to a non-empty store; a processor first started on one gets the same token.
        processor.resetTokens();
        processor.start();
        ids.addAll(eventIds(scene.decision()));
        await().atMost(30, TimeUnit.SECONDS).until(() -> probe.seen().containsAll(ids) || processor.isError());
        assertThat(processor.isError())
                .as("the processor could read back its replay token")
                .isFalse();
        assertThat(probe.seen()).containsAll(ids);
    }

    private static List<String> sqlStates(Throwable thrown) {
        List<String> states = new ArrayList<>();
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                states.add(sql.getSQLState());
            }
        }
        return states;
    }
}
