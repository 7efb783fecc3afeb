package org.commitmenttracker.item.query;

import static org.commitmenttracker.eventstore.projection.ProjectionWrites.at;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.eventstore.projection.Rows;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.shared.provenance.WorldDate;

/** Versions of {@link ItemStatement}: the open row is the one with no known_until. */
final class StatementRows {

    private static final List<String> COLUMNS = List.of(
            "actor",
            "person",
            "person_ru",
            "title",
            "title_original",
            "body_text",
            "themes",
            "binds",
            "due_date",
            "due_precision",
            "due_last_day");

    private StatementRows() {}

    static void insert(Rows rows, String itemId, long revision, Instant knownFrom, ItemStatement s) {
        WorldDate due = s.due();
        rows.insert(
                """
                        INSERT INTO rm_item_statement (item_id, revision, known_from, actor, person, person_ru, title,
                            title_original, body_text, themes, binds, due_date, due_precision, due_last_day)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""",
                itemId,
                revision,
                at(knownFrom),
                s.actor(),
                s.person(),
                s.personRu(),
                s.title(),
                s.titleOriginal(),
                s.text(),
                s.themes().toArray(String[]::new),
                s.binds().toArray(String[]::new),
                due == null ? null : due.date(),
                due == null ? null : due.precision().name(),
                due == null ? null : due.latestDay());
    }

    /**
     * Opens a new row that copies the open one except for the corrected columns, and closes the row it replaces. Done
     * in SQL, so it also sees an open row that is still waiting in the batch.
     */
    static void correct(Rows rows, String itemId, long revision, Instant knownFrom, CorrectedValue value) {
        Map<String, Object> corrected = correctedColumns(value);
        List<String> selected = COLUMNS.stream()
                .map(column -> corrected.containsKey(column) ? "?" : column)
                .toList();
        Object[] parameters = new Object[corrected.size() + 4];
        parameters[0] = revision;
        parameters[1] = at(knownFrom);
        int next = 2;
        for (Object correctedValue : corrected.values()) {
            parameters[next++] = correctedValue;
        }
        parameters[next++] = itemId;
        parameters[next] = revision;
        rows.inOrder(
                "INSERT INTO rm_item_statement (item_id, revision, known_from, " + String.join(", ", COLUMNS) + ") "
                        + "SELECT item_id, ?, ?, " + String.join(", ", selected) + " FROM rm_item_statement "
                        + "WHERE item_id = ? AND known_until IS NULL AND revision < ? ON CONFLICT DO NOTHING",
                parameters);
        rows.inOrder("""
                        UPDATE rm_item_statement SET known_until = ?
                        WHERE item_id = ? AND known_until IS NULL AND revision < ?""", at(knownFrom), itemId, revision);
    }

    /** The columns a correction replaces, in the order of {@link #COLUMNS}, with their new values. */
    private static Map<String, Object> correctedColumns(CorrectedValue value) {
        Map<String, Object> columns = new LinkedHashMap<>();
        switch (value) {
            case CorrectedValue.Actor v -> columns.put("actor", v.actor());
            case CorrectedValue.Person v -> columns.put("person", v.person());
            case CorrectedValue.PersonRu v -> columns.put("person_ru", v.personRu());
            case CorrectedValue.Title v -> columns.put("title", v.title());
            case CorrectedValue.TitleOriginal v -> columns.put("title_original", v.titleOriginal());
            case CorrectedValue.Text v -> columns.put("body_text", v.text());
            case CorrectedValue.Themes v -> columns.put("themes", v.themes().toArray(String[]::new));
            case CorrectedValue.Binds v -> columns.put("binds", v.parties().toArray(String[]::new));
            case CorrectedValue.Due v -> {
                WorldDate due = v.due();
                columns.put("due_date", due == null ? null : due.date());
                columns.put(
                        "due_precision", due == null ? null : due.precision().name());
                columns.put("due_last_day", due == null ? null : due.latestDay());
            }
            case CorrectedValue.Redated v ->
                throw new IllegalArgumentException("A world date belongs to a dated fact, not to the statements");
        }
        return columns;
    }
}
