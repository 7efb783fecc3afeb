package org.commitmenttracker.watch;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * How far a user has seen (or been sent) the audit log: every event up to {@code through}, a global index through which
 * everything is projected, and the events above it that were already shown ({@code also}).
 *
 * <p>Not a recording instant: an event recorded before the user looked can be projected after it (a processor behind, a
 * late commit, a rebuild) and would fall before such a marker, never shown. Nor the highest index shown: events commit
 * and project out of index order, so one below it may still come. Events above {@code through} are few (what was
 * projected while the audit log still waited on a lower index), so listing them costs little.
 */
record SeenMarker(long through, List<Long> also) {

    /** A marker never lists more than this many events above its index; past it, the oldest are shown again. */
    static final int MAX_ALSO = 1000;

    static final SeenMarker NOTHING = new SeenMarker(0, List.of());

    SeenMarker {
        also = List.copyOf(also);
    }

    boolean covers(long index) {
        return index <= through || also.contains(index);
    }

    /**
     * The marker once these events are seen too, with everything through {@code projected} (read before the events
     * were) known to be complete. Never moves back.
     */
    SeenMarker seen(long projected, Collection<Long> shown) {
        long next = Math.max(through, projected);
        TreeSet<Long> above = new TreeSet<>(also);
        above.addAll(shown);
        above.headSet(next, true).clear();
        while (above.size() > MAX_ALSO) {
            above.pollFirst();
        }
        return new SeenMarker(next, List.copyOf(above));
    }

    /** The {@code also} list as a PostgreSQL array literal, bound as text and cast with {@code ?::bigint[]}. */
    String alsoLiteral() {
        return also.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static SeenMarker read(long through, Array also) throws SQLException {
        if (also == null) {
            return new SeenMarker(through, List.of());
        }
        return new SeenMarker(through, List.of((Long[]) also.getArray()));
    }
}
