package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * The control for {@link LateCommitTest}: the same late write with a one-second gap timeout, which the events read
 * after the gap outlive. The late event is then lost to the processor for good, which shows that the scenario does
 * reach the failure the real settings prevent.
 */
@TestPropertySource(properties = "tracker.events.gap-timeout=1s")
class SkippedEventControlTest extends LateCommitScenario {

    @Test
    void withAGapTimeoutShorterThanTheHoldTheLateEventIsSkipped() throws Exception {
        Scene scene = Scene.record(api);
        LateWrite late = writeLate(scene);
        // An event written after the late commit: once the probe has it, a remembered gap would have been read too.
        String after = scene.decision();
        List<String> afterIds = eventIds(after);
        await().atMost(30, TimeUnit.SECONDS).until(() -> probe.seen().containsAll(afterIds));
        System.out.printf(
                "RELIABILITY late commit control (gap timeout 1 s): events expected=%d, processed=%d, "
                        + "late event processed=%s%n",
                late.allEventIds().size() + afterIds.size(),
                late.allEventIds().stream().filter(probe.seen()::contains).count() + afterIds.size(),
                probe.seen().contains(late.lateEventId()));
        assertThat(probe.seen()).containsAll(late.otherEventIds()).doesNotContain(late.lateEventId());
    }
}
