package org.commitmenttracker.projection;

import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each read model has got compared with the event store. A processor is caught up when
 * every one of its segments has passed the newest stored event: the check GUIDE.md §2 asks for that
 * the events projected equal the events stored.
 */
@Component
public class ProjectionStatus {

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;

    ProjectionStatus(EventProcessingConfiguration processing, JdbcClient jdbc) {
        this.processing = processing;
        this.jdbc = jdbc;
    }

    public Overview overview() {
        long head = head();
        List<Processor> processors = ProcessingGroups.ALL.stream().map(name -> processor(name, head)).toList();
        return new Overview(head, processors.stream().allMatch(Processor::caughtUp), processors);
    }

    /** The global index of the newest stored event; 0 when the store is empty. */
    long head() {
        return jdbc.sql("SELECT coalesce(max(global_index), 0) FROM domain_event_entry").query(Long.class).single();
    }

    /** The lowest position over all segments of all processors, -1 while some segment has none. */
    long slowestPosition() {
        return ProcessingGroups.ALL.stream().mapToLong(name -> position(streaming(name), segments(name))).min().orElse(-1);
    }

    StreamingEventProcessor streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + name));
    }

    private Processor processor(String name, long head) {
        StreamingEventProcessor processor = streaming(name);
        int segments = segments(name);
        long position = position(processor, segments);
        long deadLetters = jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(name).query(Long.class).single();
        boolean replaying = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying);
        return new Processor(name, processor.isRunning(), processor.isError(), segments, position,
                head == 0 || position >= head, replaying, deadLetters);
    }

    private int segments(String name) {
        return jdbc.sql("SELECT count(*) FROM token_entry WHERE processor_name = ?").param(name).query(Integer.class).single();
    }

    private static long position(StreamingEventProcessor processor, int segments) {
        Map<Integer, EventTrackerStatus> status = processor.processingStatus();
        if (segments == 0 || status.size() < segments) {
            return -1;
        }
        return status.values().stream()
                .mapToLong(segment -> segment.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
    }

    public record Overview(long storedHead, boolean caughtUp, List<Processor> processors) {
    }

    public record Processor(String name, boolean running, boolean error, int segments, long position,
                            boolean caughtUp, boolean replaying, long deadLetters) {
    }
}
