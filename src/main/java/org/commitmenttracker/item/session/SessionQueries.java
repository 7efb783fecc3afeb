package org.commitmenttracker.item.session;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemGrouping;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.SessionFollowUps;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Sessions held on or before asOf and recorded by knownAt, with their counts of items and follow-ups. Corrections
 * (SessionCorrected) recorded by knownAt and by the end of asOf replace the facts they name (register_sessions, V135).
 */
@Component
public class SessionQueries {

    private static final String SELECT = """
            SELECT s.* FROM register_sessions(:knownAt, :asOf) s
            WHERE s.world_date <= :asOf""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ItemQueries items;
    private final SessionFollowUps followUps;

    SessionQueries(JdbcClient jdbc, ObjectMapper json, ItemQueries items, SessionFollowUps followUps) {
        this.jdbc = jdbc;
        this.json = json;
        this.items = items;
        this.followUps = followUps;
    }

    public List<SessionFacts> list(String body, LocalDate from, LocalDate to, TimeAxes axes) {
        return withCounts(held(body, from, to, axes), axes);
    }

    /**
     * Every session held by asOf, as {@link #list} gives them but without their counts of items and follow-ups (left at
     * 0): for choosing a session or a body, where nothing shows a count. Counting reads every item and follow-up, about
     * 110 ms at 100,000 items for each item list page that only needed the sessions' names (issue #17).
     */
    public List<SessionFacts> choices(TimeAxes axes) {
        return held(null, null, null, axes);
    }

    private List<SessionFacts> held(String body, LocalDate from, LocalDate to, TimeAxes axes) {
        Map<String, Object> parameters = axes(axes);
        StringBuilder sql = new StringBuilder(SELECT);
        if (body != null && !body.isBlank()) {
            sql.append(" AND s.body = :body");
            parameters.put("body", body.strip());
        }
        if (from != null) {
            sql.append(" AND s.world_date >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            sql.append(" AND s.world_date <= :to");
            parameters.put("to", to);
        }
        return jdbc.sql(sql + " ORDER BY s.world_date DESC, s.session_id")
                .params(parameters)
                .query((rs, n) -> read(rs))
                .list();
    }

    public Optional<SessionFacts> find(String sessionId, TimeAxes axes) {
        return facts(sessionId, axes)
                .map(session -> withCounts(List.of(session), axes).getFirst());
    }

    /** A session as its view shows it: its facts, and the latest earlier session of its body, if any. */
    record Viewed(SessionFacts facts, SessionFacts.Reference previous) {}

    /**
     * The session with its count of follow-ups but not of items introduced (left at 0), and the previous session, in
     * one statement: the session view counts its introduced items with their page (SessionViews), and counting them
     * here too cost a pass over every item computed from its history at past axes; the count of follow-ups and the
     * previous session were a round trip and a plan each (issue #17).
     */
    Optional<Viewed> viewed(String sessionId, TimeAxes axes) {
        Map<String, Object> parameters = axes(axes);
        parameters.put("id", sessionId);
        return jdbc.sql("SELECT s.*, (" + SessionFollowUps.COUNT + " AND f.session_id = s.session_id) AS raised,"
                        + " p.session_id AS previous_id, p.title AS previous_title, p.world_date AS previous_date"
                        + " FROM (" + SELECT + " AND s.session_id = :id) s LEFT JOIN LATERAL ("
                        + PREVIOUS + ") p ON true")
                .params(parameters)
                .query((rs, n) -> new Viewed(
                        read(rs).withCounts(0, rs.getLong("raised")),
                        rs.getString("previous_id") == null
                                ? null
                                : new SessionFacts.Reference(
                                        rs.getString("previous_id"),
                                        rs.getString("previous_title"),
                                        rs.getObject("previous_date", LocalDate.class))))
                .optional();
    }

    /**
     * The latest earlier session of the same body as {@code s}, as known at knownAt. Laying the corrections over every
     * session of the register to find it cost about 3 ms a view (a lookup of corrections per session); only two kinds
     * of session can be it: the latest earlier one by its recorded date among those whose date was never corrected (for
     * them the recorded date is the date), walked in the index of a body's dates, and those whose date ever was.
     */
    private static final String PREVIOUS = """
            SELECT e.session_id, e.title, e.world_date FROM register_sessions(:knownAt, :asOf) e
            WHERE e.body = s.body AND e.world_date < s.world_date
              AND e.session_id IN (
                  (SELECT r.session_id FROM rm_session r
                   WHERE r.body = s.body AND r.world_date < s.world_date AND r.recorded_at <= :knownAt
                     AND NOT EXISTS (SELECT 1 FROM rm_register_correction c WHERE c.entity = 'SESSION'
                                     AND c.entity_key = r.session_id AND c.field = 'WORLD_DATE')
                   ORDER BY r.world_date DESC, r.session_id LIMIT 1)
                  UNION ALL
                  SELECT c.entity_key FROM rm_register_correction c
                  WHERE c.entity = 'SESSION' AND c.field = 'WORLD_DATE')
            ORDER BY e.world_date DESC, e.session_id LIMIT 1""";

    private Optional<SessionFacts> facts(String sessionId, TimeAxes axes) {
        Map<String, Object> parameters = axes(axes);
        parameters.put("id", sessionId);
        return jdbc.sql(SELECT + " AND s.session_id = :id")
                .params(parameters)
                .query((rs, n) -> read(rs))
                .optional();
    }

    /** The counts of items introduced and followed up, from the item read model. */
    private List<SessionFacts> withCounts(List<SessionFacts> sessions, TimeAxes axes) {
        if (sessions.isEmpty()) {
            return sessions;
        }
        List<String> ids = sessions.stream().map(SessionFacts::id).toList();
        Map<String, Long> introduced = items.counts(ItemCriteria.any().withSessions(ids), ItemGrouping.SESSION, axes);
        Map<String, Long> raised = followUps.counts(ids, axes);
        return sessions.stream()
                .map(s -> s.withCounts(introduced.getOrDefault(s.id(), 0L), raised.getOrDefault(s.id(), 0L)))
                .toList();
    }

    private static Map<String, Object> axes(TimeAxes axes) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("asOf", axes.asOf());
        parameters.put("knownAt", axes.knownAtParameter());
        return parameters;
    }

    private SessionFacts read(ResultSet rs) throws SQLException {
        String handover = rs.getString("handover");
        return new SessionFacts(
                rs.getString("session_id"),
                rs.getString("body"),
                rs.getString("title"),
                new WorldDate(
                        rs.getObject("world_date", LocalDate.class),
                        DatePrecision.valueOf(rs.getString("world_precision"))),
                rs.getString("place"),
                rs.getString("kind"),
                rs.getString("format"),
                rs.getString("chair"),
                json.readTree(rs.getString("participants")),
                handover == null ? null : json.readTree(handover),
                json.readTree(rs.getString("source")),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("recorded_by"),
                0,
                0,
                rs.getString("place_ru"));
    }
}
