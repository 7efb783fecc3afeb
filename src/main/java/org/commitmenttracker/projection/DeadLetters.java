package org.commitmenttracker.projection;

import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.springframework.stereotype.Component;

/**
 * Retries dead-lettered events once their cause is fixed. Axon keeps a failed event, and every
 * later event of the same aggregate, in the queue until a retry succeeds; nothing is skipped.
 */
@Component
class DeadLetters {

    /** Bounds one retry request; a sequence that fails again simply stays queued. */
    private static final int MAX_SEQUENCES_PER_RETRY = 1000;

    private final EventProcessingConfiguration processing;

    DeadLetters(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    Map<String, Integer> retryAll() {
        Map<String, Integer> retried = new LinkedHashMap<>();
        for (String group : ProcessingGroups.ALL) {
            int sequences = processing.sequencedDeadLetterProcessor(group)
                    .map(processor -> {
                        int done = 0;
                        while (done < MAX_SEQUENCES_PER_RETRY && processor.processAny()) {
                            done++;
                        }
                        return done;
                    })
                    .orElse(0);
            retried.put(group, sequences);
        }
        return retried;
    }
}
