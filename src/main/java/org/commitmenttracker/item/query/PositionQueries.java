package org.commitmenttracker.item.query;

import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.PartyPosition;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Party positions from rm_item_position, within both time axes: rows recorded by knownAt and dated on or before asOf,
 * on items that exist as of then.
 */
@Component
public class PositionQueries {

    private static final String SELECT = """
            SELECT p.*, coalesce(x.title, x.title_original) AS item_title,
                   p.version = (SELECT q.version FROM rm_item_position q
                                WHERE q.item_id = p.item_id AND q.party = p.party
                                  AND q.recorded_at <= :knownAt AND q.world_date <= :asOf
                                ORDER BY q.world_date DESC, q.version DESC LIMIT 1) AS current
            FROM rm_item_position p
            JOIN item_state(:asOf, :knownAt) x ON x.item_id = p.item_id
            WHERE p.recorded_at <= :knownAt AND p.world_date <= :asOf AND """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PositionQueries(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<Position> forItem(String itemId, TimeAxes axes) {
        return select("p.item_id = :id ORDER BY p.party, p.world_date, p.version", Map.of("id", itemId), axes);
    }

    /** Positions taken at the session, and positions on the items it introduced, whenever taken. */
    public List<Position> forSession(String sessionId, TimeAxes axes) {
        // The candidate items as an array first: with the OR over both tables the planner joined item_state for every
        // item in the register (issue #17); item_id = ANY(array) keeps it to index lookups of the session's own.
        return select(
                "(p.session_id = :id OR x.session_id = :id)"
                        + " AND p.item_id = ANY(ARRAY(SELECT q.item_id FROM rm_item_position q WHERE q.session_id = :id"
                        + " UNION SELECT i.item_id FROM rm_item i WHERE i.session_id = :id))"
                        + " ORDER BY item_title, p.party, p.world_date, p.version",
                Map.of("id", sessionId),
                axes);
    }

    public List<Position> forParty(String party, TimeAxes axes) {
        return select("p.party = :id ORDER BY p.world_date, p.item_id, p.version", Map.of("id", party), axes);
    }

    private List<Position> select(String condition, Map<String, Object> parameters, TimeAxes axes) {
        return jdbc.sql(SELECT + " " + condition)
                .params(ItemRows.withAxes(parameters, axes))
                .query((rs, n) -> new Position(
                        rs.getString("item_id"),
                        rs.getString("item_title"),
                        rs.getLong("version"),
                        rs.getString("party"),
                        rs.getString("position"),
                        PartyPosition.valueOf(rs.getString("position")).onBoard(),
                        rs.getString("session_id"),
                        rs.getString("reason"),
                        ItemRows.worldDate(rs, "world_date", "world_precision"),
                        json.readTree(rs.getString("source")),
                        ItemDetails.instant(rs, "recorded_at"),
                        rs.getBoolean("current")))
                .list();
    }
}
