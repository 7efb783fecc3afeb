package org.commitmenttracker.watch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Each user's watchlist and the instant the user last marked the changes as seen. */
@Component
public class Watches {

    static final int MAX_TARGET = 2000;

    private final JdbcClient jdbc;
    private final SavedSearches searches;

    Watches(JdbcClient jdbc, SavedSearches searches) {
        this.jdbc = jdbc;
        this.searches = searches;
    }

    public List<Watch> of(String username) {
        return jdbc.sql("SELECT * FROM watch WHERE username = ? ORDER BY created_at, id")
                .param(username)
                .query((rs, n) -> new Watch(
                        rs.getObject("id", UUID.class),
                        WatchKind.valueOf(rs.getString("kind")),
                        rs.getString("target"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    public Optional<Watch> find(String username, WatchKind kind, String target) {
        String normal = normalise(kind, target);
        return of(username).stream()
                .filter(w -> w.kind() == kind && w.target().equals(normal))
                .findFirst();
    }

    /** Following twice is following once: the existing watch is answered. */
    @Transactional
    public Watch follow(String username, WatchKind kind, String target) {
        if (kind == null) {
            throw new InvalidField("kind", "must be one of ITEM, PARTY, BODY, THEME, SEARCH");
        }
        String normal = normalise(kind, target);
        jdbc.sql("""
                        INSERT INTO watch (id, username, kind, target) VALUES (?, ?, ?, ?)
                        ON CONFLICT (username, kind, target) DO NOTHING""").params(UUID.randomUUID(), username, kind.name(), normal).update();
        return find(username, kind, normal).orElseThrow();
    }

    public boolean unfollow(String username, UUID id) {
        return jdbc.sql("DELETE FROM watch WHERE username = ? AND id = ?")
                        .params(username, id)
                        .update()
                > 0;
    }

    public boolean unfollow(String username, WatchKind kind, String target) {
        return find(username, kind, target).map(w -> unfollow(username, w.id())).orElse(false);
    }

    /**
     * When the user last marked the changes as seen, and how far in the audit log that was (see {@link SeenMarker}).
     */
    record Visit(Instant at, SeenMarker seen) {
        static final Visit NEVER = new Visit(Instant.EPOCH, SeenMarker.NOTHING);
    }

    /** Never looked: everything counts as new. */
    Visit lastVisit(String username) {
        return jdbc.sql("SELECT seen_at, seen_through, seen_also FROM watch_visit WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Visit(
                        rs.getObject("seen_at", OffsetDateTime.class).toInstant(),
                        SeenMarker.read(rs.getLong("seen_through"), rs.getArray("seen_also"))))
                .optional()
                .orElse(Visit.NEVER);
    }

    void markSeen(String username, SeenMarker seen) {
        jdbc.sql("""
                        INSERT INTO watch_visit (username, seen_at, seen_through, seen_also) VALUES (?, now(), ?, ?::bigint[])
                        ON CONFLICT (username) DO UPDATE SET seen_at = excluded.seen_at,
                            seen_through = excluded.seen_through, seen_also = excluded.seen_also""").params(username, seen.through(), seen.alsoLiteral()).update();
    }

    private String normalise(WatchKind kind, String target) {
        String text = target == null ? "" : target.strip();
        if (text.length() > MAX_TARGET) {
            throw new InvalidField("target", "must be at most " + MAX_TARGET + " characters");
        }
        if (kind == WatchKind.SEARCH) {
            text = text.startsWith("?") ? text.substring(1) : text;
            searches.parse(text); // refuses a filter the items page would refuse
            return text;
        }
        if (text.isEmpty()) {
            throw new InvalidField("target", "must not be blank");
        }
        return text;
    }
}
