package org.commitmenttracker.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditQueries;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit-log events about what a user follows, recorded after an instant (the user's last visit by default). */
@Component
public class WatchedChanges {

    static final int LIMIT = 200;

    private final Watches watches;
    private final FollowedItems followed;
    private final AuditQueries audit;

    WatchedChanges(Watches watches, FollowedItems followed, AuditQueries audit) {
        this.watches = watches;
        this.followed = followed;
        this.audit = audit;
    }

    public record Changes(Instant since, List<AuditEntry> events) {}

    /**
     * What changed since the user's last visit, by audit-log index (see {@link SeenMarker}), so an event projected
     * after the visit is new even when it was recorded before it. An explicit {@code since} asks for what was recorded
     * after that instant instead.
     */
    public Changes since(String username, Instant since) {
        List<Watch> list = watches.of(username);
        if (since != null) {
            return new Changes(since, about(list, since, LIMIT));
        }
        Watches.Visit visit = watches.lastVisit(username);
        return new Changes(visit.at(), unseen(list, visit.seen(), LIMIT));
    }

    /** Everything projected so far about what the user follows is seen; what is projected later will be new. */
    @Transactional
    public void markSeen(String username) {
        watches.markSeen(username, seenNow(username, watches.lastVisit(username).seen()));
    }

    /** The marker once everything about the user's watchlist that is projected now is seen too. */
    SeenMarker seenNow(String username, SeenMarker seen) {
        long projected = audit.completeThrough(); // read first: everything through it is in what is read next
        List<Long> shown = unseen(watches.of(username), seen, SeenMarker.MAX_ALSO).stream()
                .map(AuditEntry::globalIndex)
                .toList();
        return seen.seen(projected, shown);
    }

    /** The audit-log index through which every event is projected: how far a marker may move past what it lists. */
    long completeThrough() {
        return audit.completeThrough();
    }

    /** The events about the user's watchlist that the marker does not cover, newest first. */
    List<AuditEntry> unseen(String username, SeenMarker seen) {
        return unseen(watches.of(username), seen, LIMIT);
    }

    private List<AuditEntry> unseen(List<Watch> list, SeenMarker seen, int limit) {
        return audit
                .touchingAfter(
                        followedItems(list),
                        aggregates(list),
                        seen.through(),
                        limit + seen.also().size())
                .stream()
                .filter(entry -> !seen.covers(entry.globalIndex()))
                .limit(limit)
                .toList();
    }

    /** The newest events about one thing, followed or not: what its feed shows. */
    public List<AuditEntry> about(WatchKind kind, String target, int limit) {
        return about(List.of(new Watch(null, kind, target, null)), Instant.EPOCH, limit);
    }

    /** The newest events of the user's whole watchlist, whatever was seen: the digest feed. */
    public List<AuditEntry> digest(String username, int limit) {
        return about(watches.of(username), Instant.EPOCH, limit);
    }

    private List<AuditEntry> about(List<Watch> list, Instant from, int limit) {
        return audit.touching(followedItems(list), aggregates(list), from, limit);
    }

    private List<String> followedItems(List<Watch> list) {
        return List.copyOf(followed.of(list).keySet());
    }

    private static List<String> aggregates(List<Watch> list) {
        List<String> aggregates = new ArrayList<>();
        for (Watch watch : list) {
            switch (watch.kind()) {
                case PARTY -> aggregates.add(PartyCodes.aggregateId(watch.target()));
                case BODY -> aggregates.add(BodyCodes.aggregateId(watch.target()));
                default -> {}
            }
        }
        return aggregates;
    }
}
