package org.commitmenttracker.item.query;

import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.item.CorrectableField;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The statements about an item that a correction can replace; one row of rm_item_statement. */
record ItemStatement(String actor, String person, String title, String titleOriginal, String text,
                     List<String> themes, List<String> binds, WorldDate due) {

    ItemStatement {
        themes = themes == null ? List.of() : List.copyOf(themes);
        binds = binds == null ? List.of() : List.copyOf(binds);
    }

    /** The statements after a correction; values arrive as text, lists comma-separated (see EntryCorrected). */
    ItemStatement corrected(CorrectableField field, String value) {
        return switch (field) {
            case TITLE -> new ItemStatement(actor, person, value, titleOriginal, text, themes, binds, due);
            case TITLE_ORIGINAL -> new ItemStatement(actor, person, title, value, text, themes, binds, due);
            case TEXT -> new ItemStatement(actor, person, title, titleOriginal, value, themes, binds, due);
            case THEMES -> new ItemStatement(actor, person, title, titleOriginal, text, list(value), binds, due);
            case DUE -> new ItemStatement(actor, person, title, titleOriginal, text, themes, binds,
                    value.isBlank() ? null : WorldDate.parse(value));
            case ACTOR -> new ItemStatement(value, person, title, titleOriginal, text, themes, binds, due);
            case PERSON -> new ItemStatement(actor, value, title, titleOriginal, text, themes, binds, due);
            case BINDS -> new ItemStatement(actor, person, title, titleOriginal, text, themes, list(value), due);
            // A world date belongs to one dated fact, not to the statements: see ItemTables#redate.
            case WORLD_DATE -> this;
        };
    }

    /** A statement in the text form corrections use; null for WORLD_DATE, which is not a statement. */
    String value(CorrectableField field) {
        return switch (field) {
            case TITLE -> title;
            case TITLE_ORIGINAL -> titleOriginal;
            case TEXT -> text;
            case THEMES -> String.join(",", themes);
            case DUE -> due == null ? "" : due.toString();
            case ACTOR -> actor;
            case PERSON -> person;
            case BINDS -> String.join(",", binds);
            case WORLD_DATE -> null;
        };
    }

    static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
