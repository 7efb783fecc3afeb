package org.commitmenttracker.item.session;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.ItemRows;
import org.commitmenttracker.item.query.PositionQueries;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Assembles a {@link SessionView} from the session record and item rows at the right dates. */
@Component
public class SessionViews {

    private static final int LIMIT = 5_000;

    private final SessionQueries sessions;
    private final ItemRows rows;
    private final JdbcClient jdbc;
    private final PositionQueries positions;
    private final SessionOutcomes outcomes;

    SessionViews(
            SessionQueries sessions,
            ItemRows rows,
            JdbcClient jdbc,
            PositionQueries positions,
            SessionOutcomes outcomes) {
        this.sessions = sessions;
        this.rows = rows;
        this.jdbc = jdbc;
        this.positions = positions;
        this.outcomes = outcomes;
    }

    public SessionView view(String sessionId, TimeAxes axes) {
        SessionFacts session = sessions.find(sessionId, axes)
                .orElseThrow(() -> new NotRecorded(
                        "session", sessionId + " as held by " + axes.asOf() + " and known at " + axes.knownAt()));
        TimeAxes onSessionDate = axes.onDate(session.worldDate().date());
        Map<String, Object> ofBody = Map.of("body", session.body());
        List<ItemRow> carriedOver =
                rows.select("x.body = :body AND x.open", ofBody, "x.opened_on", LIMIT, 0, onSessionDate);
        SessionFacts.Reference previous = sessions.previous(session, axes).orElse(null);
        List<ItemRow> closed = previous == null
                ? rows.select("x.body = :body AND NOT x.open", ofBody, "x.status_since", LIMIT, 0, onSessionDate)
                : rows.select(
                        "x.body = :body AND NOT x.open AND NOT EXISTS (SELECT 1 FROM item_state(:previous, :knownAt) p"
                                + " WHERE p.item_id = x.item_id AND NOT p.open)",
                        Map.of("body", session.body(), "previous", previous.date()),
                        "x.status_since",
                        LIMIT,
                        0,
                        onSessionDate);
        return new SessionView(
                session,
                rows.select("x.session_id = :session", Map.of("session", sessionId), "x.opened_on", LIMIT, 0, axes),
                followedUp(sessionId, axes),
                carriedOver,
                previous,
                closed,
                axes.asOf(),
                axes.knownAt(),
                positions.forSession(sessionId, axes),
                outcomes.forSession(sessionId, axes));
    }

    private List<SessionView.FollowedUp> followedUp(String sessionId, TimeAxes axes) {
        List<FollowUpRow> followUps = jdbc.sql("""
                        SELECT item_id, version, raised_by, person, stance, note, world_date, world_precision
                        FROM rm_item_follow_up
                        WHERE session_id = :session AND recorded_at <= :knownAt AND world_date <= :asOf
                        ORDER BY world_date, item_id, version""")
                .param("session", sessionId)
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query((rs, n) -> new FollowUpRow(
                        rs.getString("item_id"),
                        rs.getLong("version"),
                        rs.getString("raised_by"),
                        rs.getString("person"),
                        rs.getString("stance"),
                        rs.getString("note"),
                        new WorldDate(
                                rs.getObject("world_date", LocalDate.class),
                                DatePrecision.valueOf(rs.getString("world_precision")))))
                .list();
        if (followUps.isEmpty()) {
            return List.of();
        }
        // One array parameter: a session can follow up more items than a statement may have parameters (65,535).
        Map<String, ItemRow> items = rows
                .select(
                        "x.item_id = ANY(CAST(:ids AS varchar[]))",
                        Map.of(
                                "ids",
                                followUps.stream()
                                        .map(FollowUpRow::itemId)
                                        .distinct()
                                        .toArray(String[]::new)),
                        "x.item_id",
                        LIMIT,
                        0,
                        axes)
                .stream()
                .collect(Collectors.toMap(ItemRow::id, Function.identity()));
        return followUps.stream()
                .filter(f -> items.containsKey(f.itemId()))
                .map(f -> new SessionView.FollowedUp(
                        items.get(f.itemId()),
                        f.version(),
                        f.raisedBy(),
                        f.person(),
                        f.stance(),
                        f.note(),
                        f.worldDate()))
                .toList();
    }

    private record FollowUpRow(
            String itemId,
            long version,
            String raisedBy,
            String person,
            String stance,
            String note,
            WorldDate worldDate) {}
}
