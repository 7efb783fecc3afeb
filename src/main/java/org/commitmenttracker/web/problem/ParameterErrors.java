package org.commitmenttracker.web.problem;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.commitmenttracker.shared.provenance.RegisterDates;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/** Says which query parameter could not be read and what it should look like. */
final class ParameterErrors {

    private ParameterErrors() {}

    static List<Problems.FieldError> of(BindingResult binding) {
        return binding.getFieldErrors().stream()
                .map(error -> new Problems.FieldError(
                        error.getField(), reason(error, binding.getFieldType(error.getField()))))
                .sorted(Comparator.comparing(Problems.FieldError::field))
                .toList();
    }

    static Problems.FieldError of(TypeMismatchException mismatch) {
        String name = mismatch.getPropertyName() == null ? "parameter" : mismatch.getPropertyName();
        return new Problems.FieldError(name, expected(mismatch.getRequiredType(), mismatch.getValue()));
    }

    private static String reason(FieldError error, Class<?> type) {
        return error.isBindingFailure()
                ? expected(type, error.getRejectedValue())
                : error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage();
    }

    private static String expected(Class<?> type, Object value) {
        String given = "'" + value + "' ";
        if (type == null) {
            return given + "cannot be read";
        }
        if (type.isEnum()) {
            return given + "must be one of " + Arrays.toString(type.getEnumConstants());
        }
        return given
                + switch (type.getSimpleName()) {
                    case "LocalDate" -> "must be a date written yyyy-mm-dd, " + RegisterDates.RANGE;
                    case "Instant" -> "must be an instant written like 2024-05-01T12:00:00Z, " + RegisterDates.RANGE;
                    case "Integer", "int", "Long", "long" -> "must be a whole number";
                    case "Boolean", "boolean" -> "must be true or false";
                    default -> "cannot be read as " + type.getSimpleName();
                };
    }
}
