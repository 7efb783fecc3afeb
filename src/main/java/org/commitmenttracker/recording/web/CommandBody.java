package org.commitmenttracker.recording.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command read from the request's JSON body by {@link CommandArguments}: the parameter's type is the command record
 * itself, so the OpenAPI description shows its fields, required ones and enums. The server fills in what only it may
 * set, replacing whatever the client wrote there:
 *
 * <ul>
 *   <li>a field named like a path variable ({@code /api/items/{itemId}/...} sets {@code itemId});
 *   <li>{@code expectedVersion}, from If-Match;
 *   <li>{@link #generatedId()}, when the client leaves it out.
 * </ul>
 *
 * <p>The body is read as strictly as {@link org.commitmenttracker.recording.CommandBodies} reads every command, so a
 * field of the wrong type or with control characters is refused with 400 problem+json naming the field.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface CommandBody {

    /** A field the server fills with a new id (derived from the Idempotency-Key) when the client sends none. */
    String generatedId() default "";
}
