package org.commitmenttracker.watch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.audit.AuditEntry;
import org.commitmenttracker.audit.AuditQueries;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.springframework.stereotype.Component;

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

    public Changes since(String username, Instant since) {
        Instant from = since == null ? watches.lastVisit(username) : since;
        return new Changes(from, about(watches.of(username), from, LIMIT));
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
        List<String> aggregates = new ArrayList<>();
        for (Watch watch : list) {
            switch (watch.kind()) {
                case PARTY -> aggregates.add(PartyCodes.aggregateId(watch.target()));
                case BODY -> aggregates.add(BodyCodes.aggregateId(watch.target()));
                default -> {}
            }
        }
        List<String> items = List.copyOf(followed.of(list).keySet());
        return audit.touching(items, aggregates, from, limit);
    }
}
