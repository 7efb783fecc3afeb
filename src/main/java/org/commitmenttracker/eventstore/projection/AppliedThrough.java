package org.commitmenttracker.eventstore.projection;

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
        for (StoredTokens.Segment stored : segments) {
            if (!segmentDone(Segment.computeSegment(stored.id(), ids), stored.token(), position, handlesPayloadType)) {
                return false;
            }
        }
        return true;
    }

    private boolean segmentDone(
            Segment segment, TrackingToken token, long position, Predicate<String> handlesPayloadType) {
        if (token == null) {
            return false;
        }
        long seen = token.position().orElse(-1);
        if (position - seen > LOOK_AHEAD_LIMIT) {
            return false;
        }
        List<Long> gaps = unseenGaps(token, position);
        if (seen >= position && gaps.isEmpty()) {
            return true;
        }
        return jdbc
                .sql("SELECT coalesce(aggregate_identifier, event_identifier) AS sequence, payload_type"
                        + " FROM domain_event_entry"
                        + " WHERE (global_index > ? AND global_index <= ?) OR global_index = ANY (?::bigint[])")
                .param(seen)
                .param(position)
                .param(ProjectionStatus.arrayLiteral(gaps))
                .query((rs, row) -> new Unseen(rs.getString("sequence"), rs.getString("payload_type")))
                .list()
                .stream()
                .noneMatch(event -> segment.matches(Objects.hashCode(event.sequence()))
                        && handlesPayloadType.test(event.payloadType()));
    }

    private record Unseen(String sequence, String payloadType) {}

    /** The indexes at or below {@code position} that the token skipped because they had not committed yet. */
    private static List<Long> unseenGaps(TrackingToken token, long position) {
        return WrappedToken.unwrap(token, GapAwareTrackingToken.class)
                .map(gapAware -> List.copyOf(new TreeSet<>(gapAware.getGaps()).headSet(position, true)))
                .orElse(List.of());
    }
}
