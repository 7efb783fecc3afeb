package org.commitmenttracker.seeds;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** How a refusal names a field ("figures[0].value") and says what is wrong with a value that cannot be read. */
public final class SeedRecords {

    public static final String WHOLE_FILE = "(top level)";

    private SeedRecords() {}

    /** The key of a record in the raw tree (parties and bodies: their code), or null. */
    static String key(JsonNode tree, String section, int index) {
        JsonNode record = tree.path(section).path(index);
        JsonNode key = record.has("key") ? record.get("key") : record.get("code");
        return key != null && key.isString() ? key.asString() : null;
    }

    static String join(List<JacksonException.Reference> path) {
        String joined = path.stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return joined.isEmpty() ? "-" : joined;
    }

    /** Bean Validation paths without the container markers: "themes[2].<list element>" becomes "themes[2]". */
    static String clean(String propertyPath) {
        return propertyPath.replaceAll("\\.<[^>]+>", "").replaceAll("<[^>]+>", "");
    }

    static String reason(JacksonException error) {
        return switch (error) {
            case UnrecognizedPropertyException e -> "is not a known field; known fields are " + e.getKnownPropertyIds();
            case InvalidFormatException e
            when e.getTargetType() != null && e.getTargetType().isEnum() ->
                "must be one of " + Arrays.toString(e.getTargetType().getEnumConstants()) + ", not " + e.getValue();
            case InvalidFormatException e -> "cannot be read as " + typeName(e.getTargetType()) + ": " + e.getValue();
            case MismatchedInputException e -> "has the wrong shape; expected " + typeName(e.getTargetType());
            default -> "cannot be read: " + error.getOriginalMessage();
        };
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date (yyyy-mm-dd)";
            case "String" -> "text";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "BigDecimal" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "List" -> "a list";
            default -> "a mapping (" + type.getSimpleName() + ")";
        };
    }
}
