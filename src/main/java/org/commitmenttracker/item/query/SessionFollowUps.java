package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Follow-ups raised at sessions, known at knownAt and dated on or before asOf. */
@Component
public class SessionFollowUps {

    /** One follow-up of an earlier item, raised at a session; {@code summaryRu} is for Russian pages. */
    public record FollowUp(
            String itemId,
            long version,
            String raisedBy,
            String person,
            String stance,
            String note,
            String summaryRu,
            WorldDate worldDate,
            String personRu) {}

    private final JdbcClient jdbc;

    SessionFollowUps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<FollowUp> at(String sessionId, TimeAxes axes) {
        return jdbc.sql("""
                        SELECT item_id, version, raised_by, person, stance, note, summary_ru, world_date, world_precision,
                               person_ru
                        FROM rm_item_follow_up
                        WHERE session_id = :session AND recorded_at <= :knownAt AND world_date <= :asOf
                        ORDER BY world_date, item_id, version""")
                .param("session", sessionId)
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query((rs, n) -> new FollowUp(
                        rs.getString("item_id"),
                        rs.getLong("version"),
                        rs.getString("raised_by"),
                        rs.getString("person"),
                        rs.getString("stance"),
                        rs.getString("note"),
                        rs.getString("summary_ru"),
                        new WorldDate(
                                rs.getObject("world_date", LocalDate.class),
                                DatePrecision.valueOf(rs.getString("world_precision"))),
                        rs.getString("person_ru")))
                .list();
    }

    /** How many follow-ups each of these sessions raised; a session with none is absent. */
    public Map<String, Long> counts(Collection<String> sessionIds, TimeAxes axes) {
        Map<String, Long> counts = new HashMap<>();
        if (sessionIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        SELECT session_id, count(*) AS n FROM rm_item_follow_up
                        WHERE session_id = ANY(CAST(:sessions AS varchar[]))
                          AND recorded_at <= :knownAt AND world_date <= :asOf
                        GROUP BY session_id""")
                .param("sessions", sessionIds.stream().distinct().toArray(String[]::new))
                .param("knownAt", axes.knownAtParameter())
                .param("asOf", axes.asOf())
                .query(rs -> {
                    counts.put(rs.getString("session_id"), rs.getLong("n"));
                });
        return counts;
    }
}
