package org.commitmenttracker.eventstore.projection;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Decides whether one processor's read model has applied every stored event up to a global index.
 *
 * <p>A segment only stores its token when it handles an event or extends its claim, every few seconds. A segment that
 * has nothing to do therefore shows an old position for a while, and "every token past the index" would keep a reader
 * waiting on a segment that has nothing to apply. So a segment counts as done when its token is past the index, or when
 * none of the stored events it has not yet seen up to that index is one it would handle: events are spread over
 * segments by the hash of their aggregate identifier (Axon's default sequencing policy), the same rule used here.
 *
 * <p>Readers poll this every few milliseconds while they wait, so the unseen events of all lagging segments are read in
 * one query per check, not one per segment.
 */
final class AppliedThrough {

    /** Past this many unseen events a segment is simply behind; no need to look at which events they are. */
    private static final long LOOK_AHEAD_LIMIT = 10_000;

    private final JdbcClient jdbc;

    AppliedThrough(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean check(List<StoredTokens.Segment> segments, long position, Predicate<String> handlesPayloadType) {
        if (segments.isEmpty()) {
            return false;
        }
        int[] ids = segments.stream().mapToInt(StoredTokens.Segment::id).toArray();
        List<Lagging> lagging = new ArrayList<>();
        for (StoredTokens.Segment stored : segments) {
            TrackingToken token = stored.token();
            if (token == null) {
                return false;
            }
            long seen = token.position().orElse(-1);
            if (position - seen > LOOK_AHEAD_LIMIT) {
                return false;
            }
            List<Long> gaps = unseenGaps(token, position);
            if (seen < position || !gaps.isEmpty()) {
                lagging.add(new Lagging(Segment.computeSegment(stored.id(), ids), seen, gaps));
            }
        }
        if (lagging.isEmpty()) {
            return true;
        }
        List<Unseen> unseen = unseenByAny(lagging, position);
        return lagging.stream().allMatch(segment -> unseen.stream()
                .filter(segment::hasNotSeen)
                .noneMatch(event -> segment.handles(event) && handlesPayloadType.test(event.payloadType())));
    }

    /** Every stored event up to {@code position} that at least one of the lagging segments has not seen. */
    private List<Unseen> unseenByAny(List<Lagging> lagging, long position) {
        long oldest = lagging.stream().mapToLong(Lagging::seen).min().orElseThrow();
        List<Long> gaps = lagging.stream()
                .flatMap(segment -> segment.gaps().stream())
                .distinct()
                .toList();
        return jdbc.sql(
                        "SELECT global_index, coalesce(aggregate_identifier, event_identifier) AS sequence, payload_type"
                                + " FROM domain_event_entry"
                                + " WHERE (global_index > ? AND global_index <= ?) OR global_index = ANY (?::bigint[])")
                .param(oldest)
                .param(position)
                .param(ProjectionStatus.arrayLiteral(gaps))
                .query((rs, row) ->
                        new Unseen(rs.getLong("global_index"), rs.getString("sequence"), rs.getString("payload_type")))
                .list();
    }

    private record Unseen(long globalIndex, String sequence, String payloadType) {}

    /** A segment whose token is not yet past the position asked for, or that skipped indexes below it. */
    private record Lagging(Segment segment, long seen, List<Long> gaps) {

        boolean hasNotSeen(Unseen event) {
            return event.globalIndex() > seen || gaps.contains(event.globalIndex());
        }

        boolean handles(Unseen event) {
            return segment.matches(Objects.hashCode(event.sequence()));
        }
    }

    /** The indexes at or below {@code position} that the token skipped because they had not committed yet. */
    private static List<Long> unseenGaps(TrackingToken token, long position) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> List.copyOf(new TreeSet<>(gapAware.getGaps()).headSet(position, true)))
                .orElse(List.of());
    }
}
