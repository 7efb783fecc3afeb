package org.commitmenttracker.item.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that selects {@link ItemRow}s: from item_overview (V13) at the given time axes, narrowed by a condition
 * on its columns (alias x). Unless the condition or order needs the per-item aggregates, the page is chosen from
 * item_listing (V41) first. Lists, dashboard, session view and exports all come through here, so an item looks the same
 * everywhere.
 */
@Component
public class ItemRows {

    /** Columns of item_overview that item_listing (V41) lacks: computed per item, so only for a page. */
    private static final Pattern NEEDS_AGGREGATES = Pattern.compile(
            "\\bx\\.(follow_ups|last_follow_up_session|last_follow_up_on|sessions_elapsed|version|last_changed_at)\\b");

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;

    ItemRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    public List<ItemRow> select(
            String condition, Map<String, ?> parameters, String orderBy, int limit, long offset, TimeAxes axes) {
        if (NEEDS_AGGREGATES.matcher(condition + " " + orderBy).find()) {
            return overview(condition, parameters, orderBy, limit, offset, axes);
        }
        // One snapshot for both steps, so the page's rows are the rows that were paged.
        return snapshot.execute(status -> {
            List<String> page = jdbc.sql("SELECT x.item_id FROM item_listing(:asOf, :knownAt) x WHERE " + condition
                            + " ORDER BY " + orderBy + ", x.item_id LIMIT :limit OFFSET :offset")
                    .params(withAxes(parameters, axes))
                    .param("limit", limit)
                    .param("offset", offset)
                    .query(String.class)
                    .list();
            if (page.isEmpty()) {
                return List.of();
            }
            Map<String, ItemRow> rows = overview(
                            "x.item_id = ANY(CAST(:page AS varchar[]))",
                            Map.of("page", page.toArray(String[]::new)),
                            "x.item_id",
                            page.size(),
                            0,
                            axes)
                    .stream()
                    .collect(Collectors.toMap(ItemRow::id, Function.identity()));
            return page.stream().map(rows::get).filter(Objects::nonNull).toList();
        });
    }

    /** In one query: what a condition or order on the per-item aggregates needs. */
    private List<ItemRow> overview(
            String condition, Map<String, ?> parameters, String orderBy, int limit, long offset, TimeAxes axes) {
        return jdbc.sql("SELECT x.* FROM item_overview(:asOf, :knownAt) x WHERE " + condition + " ORDER BY " + orderBy
                        + ", x.item_id LIMIT :limit OFFSET :offset")
                .params(withAxes(parameters, axes))
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, row) -> read(rs))
                .list();
    }

    /**
     * Rows from a table of item_overview rows that the caller filled in its own transaction (the dashboard computes
     * item_overview once and asks it ten questions).
     */
    public List<ItemRow> selectFrom(String table, String condition, String orderBy, int limit) {
        return jdbc.sql("SELECT x.* FROM " + table + " x WHERE " + condition + " ORDER BY " + orderBy
                        + ", x.item_id LIMIT :limit")
                .param("limit", limit)
                .query((rs, row) -> read(rs))
                .list();
    }

    public long count(String condition, Map<String, ?> parameters, TimeAxes axes) {
        return jdbc.sql("SELECT count(*) FROM item_overview(:asOf, :knownAt) x WHERE " + condition)
                .params(withAxes(parameters, axes))
                .query(Long.class)
                .single();
    }

    static Map<String, Object> withAxes(Map<String, ?> parameters, TimeAxes axes) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("asOf", axes.asOf());
        all.put("knownAt", axes.knownAtParameter());
        return all;
    }

    static ItemRow read(ResultSet rs) throws SQLException {
        OffsetDateTime changed = rs.getObject("last_changed_at", OffsetDateTime.class);
        return new ItemRow(
                rs.getString("item_id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("title_original"),
                rs.getString("actor"),
                rs.getString("person"),
                list(rs.getArray("binds")),
                list(rs.getArray("themes")),
                rs.getString("body"),
                rs.getString("session_id"),
                rs.getString("session_title"),
                rs.getObject("session_date", LocalDate.class),
                worldDate(rs, "opened_on", "opened_precision"),
                rs.getString("status"),
                rs.getBoolean("open"),
                rs.getObject("status_since", LocalDate.class),
                worldDate(rs, "due_date", "due_precision"),
                rs.getBoolean("overdue"),
                rs.getLong("follow_ups"),
                rs.getString("last_follow_up_session"),
                rs.getObject("last_follow_up_on", LocalDate.class),
                (Long) rs.getObject("sessions_elapsed"),
                rs.getLong("version"),
                changed == null ? null : changed.toInstant());
    }

    static WorldDate worldDate(ResultSet rs, String date, String precision) throws SQLException {
        LocalDate day = rs.getObject(date, LocalDate.class);
        return day == null ? null : new WorldDate(day, DatePrecision.valueOf(rs.getString(precision)));
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
