package org.commitmenttracker.item.query;

import java.util.List;
import org.commitmenttracker.item.CorrectableField;
import org.commitmenttracker.item.CorrectedValue;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The statements about an item that a correction can replace; one row of rm_item_statement. {@code personRu} is the
 * person's name in Russian (optional): a PERSON correction leaves it, a PERSON_RU correction replaces it.
 */
record ItemStatement(
        String actor,
        String person,
        String personRu,
        String title,
        String titleOriginal,
        String text,
        List<String> themes,
        List<String> binds,
        WorldDate due) {

    ItemStatement {
        themes = themes == null ? List.of() : List.copyOf(themes);
        binds = binds == null ? List.of() : List.copyOf(binds);
    }

    /** The statements after a correction. */
    ItemStatement corrected(CorrectedValue value) {
        return switch (value) {
            case CorrectedValue.Title v ->
                new ItemStatement(actor, person, personRu, v.title(), titleOriginal, text, themes, binds, due);
            case CorrectedValue.TitleOriginal v ->
                new ItemStatement(actor, person, personRu, title, v.titleOriginal(), text, themes, binds, due);
            case CorrectedValue.Text v ->
                new ItemStatement(actor, person, personRu, title, titleOriginal, v.text(), themes, binds, due);
            case CorrectedValue.Themes v ->
                new ItemStatement(actor, person, personRu, title, titleOriginal, text, v.themes(), binds, due);
            case CorrectedValue.Due v ->
                new ItemStatement(actor, person, personRu, title, titleOriginal, text, themes, binds, v.due());
            case CorrectedValue.Actor v ->
                new ItemStatement(v.actor(), person, personRu, title, titleOriginal, text, themes, binds, due);
            case CorrectedValue.Person v ->
                new ItemStatement(actor, v.person(), personRu, title, titleOriginal, text, themes, binds, due);
            case CorrectedValue.PersonRu v ->
                new ItemStatement(actor, person, v.personRu(), title, titleOriginal, text, themes, binds, due);
            case CorrectedValue.Binds v ->
                new ItemStatement(actor, person, personRu, title, titleOriginal, text, themes, v.parties(), due);
            // A world date belongs to one dated fact, not to the statements: see ItemTables#redate.
            case CorrectedValue.Redated v -> this;
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
            case PERSON_RU -> personRu;
            case BINDS -> String.join(",", binds);
            case WORLD_DATE -> null;
        };
    }
}
