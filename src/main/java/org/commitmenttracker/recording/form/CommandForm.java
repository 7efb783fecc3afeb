package org.commitmenttracker.recording.form;

import java.util.ArrayList;
import java.util.List;

/**
 * A record form: which command it sends, whether it creates an aggregate or adds to an item, and its fields. Every
 * fact's form ends with its world date and its source.
 */
public record CommandForm(String key, Class<?> command, Scope scope, List<FormField> fields) {

    public enum Scope {
        PARTY,
        BODY,
        /** A dated fact about a registered body, such as a member joining; the body is named in the form. */
        BODY_FACT,
        SESSION,
        NEW_ITEM,
        ITEM,
        /** A fact about a recorded session, such as an outcome count; it has no world date of its own. */
        SESSION_FACT
    }

    static CommandForm fact(String key, Class<?> command, Scope scope, FormField... fields) {
        List<FormField> all = new ArrayList<>(List.of(fields));
        all.add(FormField.of("worldDate", FieldType.WORLD_DATE, true));
        all.addAll(SOURCE);
        return new CommandForm(key, command, scope, List.copyOf(all));
    }

    static CommandForm sessionFact(String key, Class<?> command, FormField... fields) {
        List<FormField> all = new ArrayList<>(List.of(fields));
        all.addAll(SOURCE);
        return new CommandForm(key, command, Scope.SESSION_FACT, List.copyOf(all));
    }

    /** A correction of a party, body or session: it replaces a statement, so it has a source but no world date. */
    static CommandForm correction(String key, Class<?> command, Scope scope, FormField... fields) {
        List<FormField> all = new ArrayList<>(List.of(fields));
        all.addAll(SOURCE);
        return new CommandForm(key, command, scope, List.copyOf(all));
    }

    static CommandForm reference(String key, Class<?> command, Scope scope, FormField... fields) {
        return new CommandForm(key, command, scope, List.of(fields));
    }

    private static final List<FormField> SOURCE = List.of(
            FormField.text("source.title", true),
            FormField.text("source.publisher", true),
            FormField.text("source.url", false),
            FormField.of("source.publishedOn", FieldType.DATE, false),
            FormField.text("source.locator", true));

    CommandForm withOptions(String fieldName, List<String> options) {
        return new CommandForm(
                key,
                command,
                scope,
                fields.stream()
                        .map(field -> field.name().equals(fieldName) ? field.withOptions(options) : field)
                        .toList());
    }
}
