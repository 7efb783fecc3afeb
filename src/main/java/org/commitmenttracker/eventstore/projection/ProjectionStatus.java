package org.commitmenttracker.eventstore.projection;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.commitmenttracker.eventstore.EventLookup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far each read model has got compared with the event store, read from the committed tokens of every segment,
 * whichever node owns it. A processor is caught up when every one of its segments has passed the newest stored event
 * and none of the gaps its tokens still wait on has since been filled by a stored event.
 *
 * <p>A token's position is the highest global index it has seen, not a count: events commit out of index order, so
 * indexes below the position can still be missing (the token's gaps). An event that later fills such a gap is stored
 * but not yet applied, and "position past the head" alone would call the processor caught up while it still has that
 * event to apply.
 */
@Component
public class ProjectionStatus {

    private final EventProcessingConfiguration processing;
    private final StoredTokens tokens;
    private final JdbcClient jdbc;
    private final EventLookup events;
    private final AppliedThrough appliedThrough;
    private final Map<String, Optional<Class<?>>> payloadClasses = new ConcurrentHashMap<>();

    ProjectionStatus(
            EventProcessingConfiguration processing, StoredTokens tokens, JdbcClient jdbc, EventLookup events) {
        this.processing = processing;
        this.tokens = tokens;
        this.jdbc = jdbc;
        this.events = events;
        this.appliedThrough = new AppliedThrough(jdbc);
    }

    public Overview overview() {
        long head = head();
        List<Processor> processors =
                ProcessingGroups.ALL.stream().map(name -> processor(name, head)).toList();
        return new Overview(head, processors.stream().allMatch(Processor::caughtUp), processors);
    }

    /** The global index of the newest stored event; 0 when the store is empty. */
    long head() {
        return events.newestIndex();
    }

    /** The lowest position over all segments of all processors, -1 while some segment has none. */
    long slowestPosition() {
        return ProcessingGroups.ALL.stream()
                .mapToLong(name -> position(tokens.of(name)))
                .min()
                .orElse(-1);
    }

    /**
     * True once every read model has applied every stored event up to {@code position}, the index a command's answer
     * gave; segments with nothing to apply in that range do not hold it up (see {@link AppliedThrough}).
     */
    public boolean appliedThrough(long position) {
        return ProcessingGroups.ALL.stream()
                .allMatch(name -> appliedThrough.check(tokens.of(name), position, handledBy(name)));
    }

    /**
     * The highest global index through which the processor has applied every event, including any that commits later:
     * for each segment its position, or just below its lowest gap (an index it passed that may still commit), and the
     * lowest of those over the segments. A marker at this index never skips an event projected late (a segment behind,
     * a late commit, a rebuild): every event above it is still to come or shown again. 0 while nothing is known.
     */
    public long completeThrough(String name) {
        List<StoredTokens.Segment> segments = tokens.of(name);
        long through = segments.isEmpty() ? 0 : Long.MAX_VALUE;
        for (StoredTokens.Segment segment : segments) {
            TrackingToken token = segment.token();
            if (token == null) {
                return 0;
            }
            long safe = token.position().orElse(0);
            List<Long> gaps = gaps(List.of(segment));
            if (!gaps.isEmpty()) {
                safe = Math.min(safe, gaps.getFirst() - 1);
            }
            through = Math.min(through, safe);
        }
        return Math.max(through, 0);
    }

    /**
     * Whether the processor has a handler for a stored payload type. A type that no longer loads as a class (renamed,
     * upcast) counts as handled, so the answer can only make a reader wait longer, never see less.
     */
    Predicate<String> handledBy(String name) {
        EventHandlerInvoker invoker = processing
                .eventProcessor(name, AbstractEventProcessor.class)
                .map(AbstractEventProcessor::eventHandlerInvoker)
                .orElse(null);
        if (invoker == null) {
            return type -> true;
        }
        return type -> payloadClass(type).map(invoker::canHandleType).orElse(true);
    }

    private Optional<Class<?>> payloadClass(String type) {
        return payloadClasses.computeIfAbsent(type, name -> {
            try {
                return Optional.of(Class.forName(name, false, getClass().getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                return Optional.empty();
            }
        });
    }

    StreamingEventProcessor streaming(String name) {
        return processing
                .eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("No streaming processor " + name));
    }

    private Processor processor(String name, long head) {
        StreamingEventProcessor local = streaming(name);
        List<StoredTokens.Segment> segments = tokens.of(name);
        long position = position(segments);
        List<Long> gaps = gaps(segments);
        boolean filledGapsPending = !gaps.isEmpty()
                && jdbc.sql("SELECT EXISTS (SELECT 1 FROM domain_event_entry WHERE global_index = ANY (?::bigint[]))")
                        .param(arrayLiteral(gaps))
                        .query(Boolean.class)
                        .single();
        long deadLetters = jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                .param(name)
                .query(Long.class)
                .single();
        boolean replaying = segments.stream().anyMatch(segment -> ReplayToken.isReplay(segment.token()));
        List<Claim> claims = segments.stream()
                .map(segment -> new Claim(segment.id(), segment.owner()))
                .toList();
        return new Processor(
                name,
                local.isRunning(),
                local.isError(),
                segments.size(),
                position,
                gaps,
                claims,
                head == 0 || (position >= head && !filledGapsPending),
                replaying,
                deadLetters);
    }

    /** The lowest position over the segments; -1 while there are none or one has not started. */
    private static long position(List<StoredTokens.Segment> segments) {
        if (segments.isEmpty()) {
            return -1;
        }
        return segments.stream()
                .mapToLong(segment -> segment.token() == null
                        ? -1
                        : segment.token().position().orElse(-1))
                .min()
                .orElse(-1);
    }

    /** The indexes below their positions that the segments have not seen, in order. */
    private static List<Long> gaps(List<StoredTokens.Segment> segments) {
        TreeSet<Long> gaps = new TreeSet<>();
        for (StoredTokens.Segment segment : segments) {
            TrackingToken token = segment.token();
            if (token != null) {
                WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                        .ifPresent(gapAware -> gaps.addAll(gapAware.getGaps()));
            }
        }
        return List.copyOf(gaps);
    }

    /** A list of indexes as a PostgreSQL array literal, bound as one text parameter. */
    public static String arrayLiteral(List<Long> indexes) {
        return indexes.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    public record Overview(long storedHead, boolean caughtUp, List<Processor> processors) {}

    /**
     * One processor's progress over all nodes: {@code position} is the lowest over its segments of the highest index
     * seen, {@code gaps} the indexes below it not seen yet (uncommitted, rolled back, or still to apply),
     * {@code claims} which node owns each segment.
     */
    public record Processor(
            String name,
            boolean running,
            boolean error,
            int segments,
            long position,
            List<Long> gaps,
            List<Claim> claims,
            boolean caughtUp,
            boolean replaying,
            long deadLetters) {}

    /** A segment and the node that claims it (null while no node does). */
    public record Claim(int segment, String owner) {}
}
