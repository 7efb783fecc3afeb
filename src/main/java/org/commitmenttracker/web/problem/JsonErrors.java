package org.commitmenttracker.web.problem;

import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/** Says which JSON field could not be read and why, without Java class names or parser internals. */
final class JsonErrors {

    private JsonErrors() {}

    static Problems.FieldError describe(JacksonException error) {
        String field = error.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        return new Problems.FieldError(field.isEmpty() ? "body" : field, reason(error));
    }

    private static String reason(JacksonException error) {
        return switch (error) {
            case UnrecognizedPropertyException e -> "is not a known field";
            case ValueInstantiationException e
            when e.getCause() instanceof IllegalArgumentException reason -> reason.getMessage();
            case InvalidFormatException e
            when e.getTargetType() != null && e.getTargetType().isEnum() ->
                "must be one of " + jsonNames(e.getTargetType());
            case InvalidFormatException e -> "cannot be read as " + typeName(e.getTargetType());
            case MismatchedInputException e -> "has the wrong type; expected " + typeName(e.getTargetType());
            case StreamReadException e -> "is not well-formed JSON";
            default -> "cannot be read";
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
            case "List" -> "a list";
            default -> "an object";
        };
    }

    /** The values a client may send for an enum: its @JsonProperty names where it has them ("+1", "n/a"). */
    private static String jsonNames(Class<?> enumType) {
        return java.util.Arrays.stream(enumType.getEnumConstants())
                .map(constant -> {
                    try {
                        var property = enumType.getField(((Enum<?>) constant).name())
                                .getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
                        return property == null ? ((Enum<?>) constant).name() : property.value();
                    } catch (NoSuchFieldException impossible) {
                        return ((Enum<?>) constant).name();
                    }
                })
                .toList()
                .toString();
    }
}
