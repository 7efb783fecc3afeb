package org.commitmenttracker.itemview;

import static org.commitmenttracker.projection.ProjectionWrites.at;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.item.CorrectableField;
import org.commitmenttracker.provenance.DatePrecision;
import org.commitmenttracker.provenance.WorldDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Versions of {@link ItemStatement}: the open row is the one with no known_until. */
class StatementRows {

    private final JdbcClient jdbc;

    StatementRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String itemId, long revision, Instant knownFrom, ItemStatement s) {
        WorldDate due = s.due();
        jdbc.sql("""
                        INSERT INTO rm_item_statement (item_id, revision, known_from, actor, person, title, title_original,
                            body_text, themes, binds, due_date, due_precision, due_last_day)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(itemId, revision, at(knownFrom), s.actor(), s.person(), s.title(), s.titleOriginal(), s.text(),
                        s.themes().toArray(String[]::new), s.binds().toArray(String[]::new),
                        due == null ? null : due.date(), due == null ? null : due.precision().name(),
                        due == null ? null : due.latestDay())
                .update();
    }

    /** Opens a new row with the corrected statement and closes the one it replaces. */
    void correct(String itemId, long revision, Instant knownFrom, CorrectableField field, String value) {
        jdbc.sql("""
                        SELECT actor, person, title, title_original, body_text, themes, binds, due_date, due_precision
                        FROM rm_item_statement WHERE item_id = ? AND known_until IS NULL AND revision < ?""")
                .params(itemId, revision)
                .query((rs, row) -> read(rs))
                .optional()
                .ifPresent(current -> insert(itemId, revision, knownFrom, current.corrected(field, value)));
        jdbc.sql("""
                        UPDATE rm_item_statement SET known_until = ?
                        WHERE item_id = ? AND known_until IS NULL AND revision < ?""")
                .params(at(knownFrom), itemId, revision)
                .update();
    }

    private static ItemStatement read(ResultSet rs) throws SQLException {
        LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
        WorldDate due = dueDate == null ? null : new WorldDate(dueDate, DatePrecision.valueOf(rs.getString("due_precision")));
        return new ItemStatement(rs.getString("actor"), rs.getString("person"), rs.getString("title"),
                rs.getString("title_original"), rs.getString("body_text"), list(rs.getArray("themes")),
                list(rs.getArray("binds")), due);
    }

    static List<String> list(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
