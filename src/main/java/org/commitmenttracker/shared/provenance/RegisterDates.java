package org.commitmenttracker.shared.provenance;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The span of world dates (and recording instants) the register accepts: 1800-01-01 to 2200-12-31. The facts it records
 * are modern diplomacy; a date outside this span is a typing mistake (0000, 20222) or a probe, and PostgreSQL cannot
 * even compare the extremes Java can parse (year 999,999,999).
 */
public final class RegisterDates {

    public static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2200, 12, 31);
    /** Written out, since annotation messages need a constant. */
    public static final String RANGE = "between 1800-01-01 and 2200-12-31";

    private static final Instant FIRST_INSTANT =
            FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant END_INSTANT =
            LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private RegisterDates() {}

    public static boolean contains(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST_INSTANT) && instant.isBefore(END_INSTANT);
    }

    /** A command's date field must lie in the register's span; null is left to @NotNull. */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = InRangeValidator.class)
    public @interface InRange {
        String message() default "must be a date " + RANGE;

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class InRangeValidator implements ConstraintValidator<InRange, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || contains(value);
        }
    }
}
