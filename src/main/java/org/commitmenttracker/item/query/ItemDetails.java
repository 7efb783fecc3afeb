package org.commitmenttracker.item.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.item.narrative.ItemNarrative;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Reads {@link ItemDetail}: the row from {@link ItemQueries}, the rest from the item tables within both bounds. */
@Component
public class ItemDetails {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final ItemQueries items;
    private final PositionQueries positions;

    ItemDetails(JdbcClient jdbc, ObjectMapper json, ItemQueries items, PositionQueries positions) {
        this.jdbc = jdbc;
        this.json = json;
        this.items = items;
        this.positions = positions;
    }

    public ItemDetail find(String itemId, TimeAxes axes) {
        ItemRow row = items.row(itemId, axes)
                .orElseThrow(() ->
                        new NotRecorded("item", itemId + " as of " + axes.asOf() + " known at " + axes.knownAt()));
        Map<String, Object> parameters = ItemRows.withAxes(Map.of("id", itemId), axes);
        return jdbc.sql("""
                        SELECT s.body_text, s.person_ru, i.document_type, i.category, i.list_position, i.implements_decision,
                               i.figures, i.source, i.recorded_at, i.recorded_by, i.summary_ru, i.quote
                        FROM rm_item i JOIN rm_item_statement s ON s.item_id = i.item_id
                             AND s.known_from <= :knownAt AND (s.known_until IS NULL OR s.known_until > :knownAt)
                        WHERE i.item_id = :id""")
                .params(parameters)
                .query((rs, n) -> new ItemDetail(
                        row,
                        rs.getString("body_text"),
                        rs.getString("document_type"),
                        rs.getString("category"),
                        (Integer) rs.getObject("list_position"),
                        rs.getString("implements_decision"),
                        json.readTree(rs.getString("figures")),
                        json.readTree(rs.getString("source")),
                        instant(rs, "recorded_at"),
                        rs.getString("recorded_by"),
                        followUps(parameters),
                        assessments(parameters),
                        links("item_id", "target", parameters),
                        links("target", "item_id", parameters),
                        axes.asOf(),
                        axes.knownAt(),
                        rs.getString("summary_ru"),
                        rs.getString("quote"),
                        evidence(parameters),
                        positions.forItem(itemId, axes),
                        rs.getString("person_ru")))
                .single();
    }

    /**
     * What a compliance report needs of many items, in four queries whatever their number (the per-item {@link #find}
     * reads eight tables and the report used to add the event stream for assessment sources). Items not recorded on
     * these axes are left out.
     */
    public Map<String, ReportedItem> forReport(Collection<String> itemIds, TimeAxes axes) {
        Map<String, ItemRow> rows = items.rows(itemIds, axes);
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> parameters =
                ItemRows.withAxes(Map.of("ids", rows.keySet().toArray(String[]::new)), axes);
        Map<String, List<ItemDetail.Assessment>> assessments = new HashMap<>();
        Map<String, Map<Long, JsonNode>> sources = new HashMap<>();
        jdbc.sql("""
                        SELECT a.*, a.version = max(a.version) OVER (PARTITION BY a.item_id, a.party, a.period) AS current
                        FROM rm_item_assessment a
                        WHERE a.item_id = ANY(:ids) AND a.recorded_at <= :knownAt AND a.world_date <= :asOf
                        ORDER BY a.item_id, a.party, a.period, a.version""").params(parameters).query(rs -> {
            String item = rs.getString("item_id");
            assessments.computeIfAbsent(item, k -> new ArrayList<>()).add(assessment(rs));
            String source = rs.getString("source");
            sources.computeIfAbsent(item, k -> new HashMap<>())
                    .put(rs.getLong("version"), source == null ? null : json.readTree(source));
        });
        Map<String, List<ItemDetail.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                        SELECT * FROM rm_item_evidence
                        WHERE item_id = ANY(:ids) AND recorded_at <= :knownAt AND world_date <= :asOf
                        ORDER BY item_id, world_date, version""").params(parameters).query(rs -> {
            evidence.computeIfAbsent(rs.getString("item_id"), k -> new ArrayList<>())
                    .add(evidence(rs));
        });
        Map<String, ReportedItem> reported = new HashMap<>();
        jdbc.sql("""
                        SELECT i.item_id, s.body_text, i.source, i.summary_ru
                        FROM rm_item i JOIN rm_item_statement s ON s.item_id = i.item_id
                             AND s.known_from <= :knownAt AND (s.known_until IS NULL OR s.known_until > :knownAt)
                        WHERE i.item_id = ANY(:ids)""").params(parameters).query(rs -> {
            String item = rs.getString("item_id");
            reported.put(
                    item,
                    new ReportedItem(
                            rows.get(item),
                            rs.getString("body_text"),
                            rs.getString("summary_ru"),
                            json.readTree(rs.getString("source")),
                            assessments.getOrDefault(item, List.of()),
                            sources.getOrDefault(item, Map.of()),
                            evidence.getOrDefault(item, List.of())));
        });
        return reported;
    }

    private List<ItemDetail.FollowUp> followUps(Map<String, Object> parameters) {
        return jdbc.sql("""
                        SELECT f.*, s.title AS session_title, s.world_date AS session_date FROM rm_item_follow_up f
                        LEFT JOIN register_sessions(:knownAt, :asOf) s ON s.session_id = f.session_id
                        WHERE f.item_id = :id AND f.recorded_at <= :knownAt AND f.world_date <= :asOf
                        ORDER BY f.world_date, f.version""")
                .params(parameters)
                .query((rs, n) -> new ItemDetail.FollowUp(
                        rs.getLong("version"),
                        rs.getString("session_id"),
                        rs.getString("session_title"),
                        rs.getObject("session_date", LocalDate.class),
                        rs.getString("raised_by"),
                        rs.getString("person"),
                        rs.getString("stance"),
                        rs.getString("note"),
                        ItemRows.worldDate(rs, "world_date", "world_precision"),
                        json.readTree(rs.getString("source")),
                        instant(rs, "recorded_at"),
                        rs.getString("summary_ru"),
                        rs.getString("quote"),
                        rs.getString("occasion_kind"),
                        rs.getString("occasion_description"),
                        rs.getString("person_ru")))
                .list();
    }

    private List<ItemDetail.Evidence> evidence(Map<String, Object> parameters) {
        return jdbc.sql("""
                        SELECT * FROM rm_item_evidence
                        WHERE item_id = :id AND recorded_at <= :knownAt AND world_date <= :asOf
                        ORDER BY world_date, version""").params(parameters).query((rs, n) -> evidence(rs)).list();
    }

    private ItemDetail.Evidence evidence(ResultSet rs) throws SQLException {
        return new ItemDetail.Evidence(
                rs.getLong("version"),
                rs.getString("bearing"),
                rs.getString("status"),
                rs.getString("note"),
                ItemRows.worldDate(rs, "world_date", "world_precision"),
                json.readTree(rs.getString("source")),
                instant(rs, "recorded_at"));
    }

    private List<ItemDetail.Assessment> assessments(Map<String, Object> parameters) {
        return jdbc.sql("""
                        SELECT a.*, a.version = max(a.version) OVER (PARTITION BY a.party, a.period) AS current
                        FROM rm_item_assessment a
                        WHERE a.item_id = :id AND a.recorded_at <= :knownAt AND a.world_date <= :asOf
                        ORDER BY a.party, a.period, a.version""").params(parameters).query((rs, n) -> assessment(rs)).list();
    }

    private static ItemDetail.Assessment assessment(ResultSet rs) throws SQLException {
        return new ItemDetail.Assessment(
                rs.getLong("version"),
                rs.getString("party"),
                rs.getString("period"),
                ItemNarrative.label(Compliance.valueOf(rs.getString("compliance"))),
                rs.getString("note"),
                rs.getObject("world_date", LocalDate.class),
                instant(rs, "recorded_at"),
                rs.getBoolean("current"));
    }

    /** Links whose {@code from} column is this item, described by the item in the {@code to} column. */
    private List<ItemDetail.Link> links(String from, String to, Map<String, Object> parameters) {
        return jdbc.sql("SELECT l.version, l.relation, l.note, l.world_date, l." + to + " AS other, o.kind, o.title,"
                        + " o.title_original"
                        + " FROM rm_item_link l LEFT JOIN item_state(:asOf, :knownAt) o ON o.item_id = l." + to
                        + " WHERE l." + from + " = :id AND l.recorded_at <= :knownAt AND l.world_date <= :asOf"
                        + " ORDER BY l.world_date, l.version")
                .params(parameters)
                .query((rs, n) -> new ItemDetail.Link(
                        rs.getLong("version"),
                        rs.getString("relation"),
                        rs.getString("other"),
                        rs.getString("kind"),
                        rs.getString("title"),
                        rs.getString("title_original"),
                        rs.getString("note"),
                        rs.getObject("world_date", LocalDate.class)))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class))
                .map(OffsetDateTime::toInstant)
                .orElse(null);
    }
}
