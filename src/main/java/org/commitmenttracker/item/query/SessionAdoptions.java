package org.commitmenttracker.item.query;

import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Drafts adopted as decisions (ADOPTED_AS links) where either the draft was tabled at a session or the decision adopted
 * there: a session page shows both ends, so a draft returned at one session and adopted at a later one is traceable
 * from either.
 */
@Component
public class SessionAdoptions {

    private final JdbcClient jdbc;

    SessionAdoptions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A title falls back to the official one, as item rows do. */
    public record Adoption(
            String draftId,
            String draftTitle,
            String draftSession,
            String decisionId,
            String decisionTitle,
            String decisionSession,
            LocalDate worldDate) {}

    public List<Adoption> forSession(String sessionId, TimeAxes axes) {
        // From the session's own items to their links, and item_state for the few items those links name: the
        // state of every item in the register was computed here before (1.5 s of a session view at 100,000 items,
        // issue #17). An item's session never changes (rm_item.session_id), so the links found are all there are.
        return jdbc.sql("""
                        WITH own AS (SELECT item_id FROM rm_item WHERE session_id = :session),
                        adopted AS NOT MATERIALIZED (SELECT * FROM rm_item_link l
                              WHERE l.relation = 'ADOPTED_AS' AND l.recorded_at <= :knownAt AND l.world_date <= :asOf),
                        l AS (SELECT l.item_id, l.version, l.target, l.world_date FROM adopted l
                              WHERE l.item_id IN (SELECT item_id FROM own)
                              UNION
                              SELECT l.item_id, l.version, l.target, l.world_date FROM adopted l
                              WHERE l.target IN (SELECT item_id FROM own)),
                        x AS (SELECT item_id, coalesce(title, title_original) AS title, session_id
                              FROM item_state(:asOf, :knownAt)
                              WHERE item_id = ANY(ARRAY(SELECT item_id FROM l UNION SELECT target FROM l)))
                        SELECT l.item_id, d.title AS draft_title, d.session_id AS draft_session,
                               l.target, t.title AS decision_title, t.session_id AS decision_session, l.world_date
                        FROM l
                        JOIN x d ON d.item_id = l.item_id
                        JOIN x t ON t.item_id = l.target
                        WHERE d.session_id = :session OR t.session_id = :session
                        ORDER BY l.world_date, l.item_id""")
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .param("session", sessionId)
                .query((rs, n) -> new Adoption(
                        rs.getString("item_id"),
                        rs.getString("draft_title"),
                        rs.getString("draft_session"),
                        rs.getString("target"),
                        rs.getString("decision_title"),
                        rs.getString("decision_session"),
                        rs.getObject("world_date", LocalDate.class)))
                .list();
    }
}
