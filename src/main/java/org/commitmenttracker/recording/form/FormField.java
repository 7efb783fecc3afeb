package org.commitmenttracker.recording.form;

import java.util.List;

/**
 * One input of a record form. The name is the command's JSON path (e.g. source.title), so the command's refusals, which
 * name JSON paths, land beside the right input.
 */
public record FormField(String name, FieldType type, boolean required, List<String> options, List<String> columns) {

    static FormField text(String name, boolean required) {
        return new FormField(name, FieldType.TEXT, required, List.of(), List.of());
    }

    static FormField of(String name, FieldType type, boolean required) {
        return new FormField(name, type, required, List.of(), List.of());
    }

    static FormField select(String name, boolean required, List<String> options) {
        return new FormField(name, FieldType.SELECT, required, options, List.of());
    }

    static FormField rows(String name, String... columns) {
        return new FormField(name, FieldType.ROWS, false, List.of(), List.of(columns));
    }

    /** The id of the HTML input: JSON paths contain dots, which CSS selectors would misread. */
    public String inputId() {
        return "f-" + name.replace('.', '-');
    }

    /** Whether a refusal naming this JSON path (worldDate.date, themes[0] ...) belongs to this field. */
    boolean owns(String path) {
        return path.equals(name) || path.startsWith(name + ".") || path.startsWith(name + "[");
    }

    FormField withOptions(List<String> choices) {
        return new FormField(name, type, required, choices, columns);
    }
}
