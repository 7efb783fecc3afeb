package org.commitmenttracker.projection;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each read model has got compared with the event store. A processor is caught up when
 * every one of its segments has passed the newest stored event and none of the gaps its tokens
 * still wait on has since been filled by a stored event.
 *
 * <p>A token's position is the highest global index it has seen, not a count: events commit out of
 * index order, so indexes below the position can still be missing (the token's gaps). An event that
 * later fills such a gap is stored but not yet applied, and "position past the head" alone would
 * call the processor caught up while it still has that event to apply.
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
        List<Long> gaps = gaps(processor);
        boolean filledGapsPending = !gaps.isEmpty() && jdbc.sql(
                        "SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index = ANY (?::bigint[]))")
                .param(arrayLiteral(gaps)).query(Boolean.class).single();
        return new Processor(name, processor.isRunning(), processor.isError(), segments, position, gaps,
                head == 0 || (position >= head && !filledGapsPending), replaying, deadLetters);
    }

    /** The indexes below their positions that the processor's segments have not seen, in order. */
    private static List<Long> gaps(StreamingEventProcessor processor) {
        TreeSet<Long> gaps = new TreeSet<>();
        processor.processingStatus().values().forEach(segment -> {
            if (segment.getTrackingToken() != null) {
                WrappedToken.unwrap(segment.getTrackingToken(), GapAwareTrackingToken.class)
                        .ifPresent(token -> gaps.addAll(token.getGaps()));
            }
        });
        return List.copyOf(gaps);
    }

    /** A list of indexes as a PostgreSQL array literal, bound as one text parameter. */
    public static String arrayLiteral(List<Long> indexes) {
        return indexes.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}"));
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

    /**
     * One processor's progress: {@code position} is the lowest over its segments of the highest index
     * seen, {@code gaps} the indexes below it not seen yet (uncommitted, rolled back, or still to apply).
     */
    public record Processor(String name, boolean running, boolean error, int segments, long position,
                            List<Long> gaps, boolean caughtUp, boolean replaying, long deadLetters) {
    }
}
