package org.commitmenttracker.web.problem;

import java.sql.SQLTransientException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.InvalidFields;
import org.commitmenttracker.shared.refusal.KeyReused;
import org.commitmenttracker.shared.refusal.NotCaughtUp;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.core.JacksonException;

/**
 * Turns a refusal into its RFC 9457 problem, for the JSON API and the web forms alike. Domain exceptions are often
 * wrapped by Axon or the transaction, so the cause chain is searched for the first exception this class knows.
 */
public final class ProblemMapper {

    /** Raised by db/V30 when an event-writing transaction is too old to commit safely. */
    private static final String TOO_SLOW = "25P04";
    /** PostgreSQL's query_canceled: here, a statement that ran past statement_timeout. */
    private static final String CANCELED = "57014";

    private ProblemMapper() {}

    /** The problem for a known refusal, or empty for a failure nobody anticipated (a bug: 500). */
    public static Optional<ProblemDetail> map(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            ProblemDetail problem = known(cause);
            if (problem != null) {
                return Optional.of(problem);
            }
        }
        return Optional.empty();
    }

    /** The field errors of a 400 problem, empty for any other. */
    @SuppressWarnings("unchecked")
    public static List<java.util.Map<String, String>> fieldErrors(ProblemDetail problem) {
        Object errors =
                problem.getProperties() == null ? null : problem.getProperties().get("errors");
        return errors instanceof List<?> list ? (List<java.util.Map<String, String>>) list : List.of();
    }

    private static ProblemDetail known(Throwable cause) {
        return switch (cause) {
            case JSR303ViolationException e ->
                Problems.invalid(e.getViolations().stream()
                        .map(v -> new Problems.FieldError(
                                v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
                        .sorted(Comparator.comparing(Problems.FieldError::field))
                        .toList());
            case JacksonException e -> Problems.invalid(List.of(JsonErrors.describe(e)));
            case InvalidField e -> Problems.invalid(List.of(new Problems.FieldError(e.field(), e.getMessage())));
            case InvalidFields e ->
                Problems.invalid(e.fields().stream()
                        .map(f -> new Problems.FieldError(f.field(), f.getMessage()))
                        .toList());
            case NotRecorded e -> Problems.of(HttpStatus.NOT_FOUND, "not-recorded", e.getMessage());
            case AggregateNotFoundException e ->
                Problems.of(
                        HttpStatus.NOT_FOUND,
                        "not-recorded",
                        "Nothing is recorded under id " + e.getAggregateIdentifier());
            case RuleViolation e -> ruleViolation(e);
            case KeyReused e -> Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused", e.getMessage());
            case ConflictingAggregateVersionException e -> versionConflict(e);
            case AggregateStreamCreationException e ->
                Problems.of(
                        HttpStatus.CONFLICT,
                        "already-recorded",
                        "Something is already recorded under this id; nothing new was recorded.");
            case ConcurrencyException e ->
                Problems.of(
                        HttpStatus.CONFLICT,
                        "concurrent-change",
                        "Another change to the same record was saved at the same moment; reload and try again.");
            case NotCaughtUp e ->
                retryable(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-caught-up", e.getMessage()));
            case org.springframework.dao.QueryTimeoutException e -> queryTimeout();
            case java.sql.SQLException e when CANCELED.equals(e.getSQLState()) -> queryTimeout();
            case CannotCreateTransactionException e -> unavailable();
            case DataAccessResourceFailureException e -> unavailable();
            case TransientDataAccessException e -> unavailable();
            case EventStoreException e when e.getCause() instanceof SQLTransientException -> unavailable();
            case java.sql.SQLException e
            when TOO_SLOW.equals(e.getSQLState()) ->
                Problems.of(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "too-slow",
                        "Recording took too long and was undone; nothing was recorded. Try again.");
            default -> null;
        };
    }

    private static ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rule-violation", violation.getMessage());
        violation.details().forEach(problem::setProperty);
        return problem;
    }

    private static ProblemDetail versionConflict(ConflictingAggregateVersionException conflict) {
        ProblemDetail problem = Problems.of(
                HttpStatus.PRECONDITION_FAILED,
                "version-conflict",
                "The record changed since you read it: you sent version " + conflict.getExpectedVersion()
                        + " but it is now at version " + conflict.getActualVersion() + ". Reload and try again.");
        problem.setProperty("aggregateId", conflict.getAggregateIdentifier());
        problem.setProperty("expectedVersion", conflict.getExpectedVersion());
        problem.setProperty("currentVersion", conflict.getActualVersion());
        return problem;
    }

    /** A slow question is not an outage: the database answered, it was stopped by the time limit. */
    private static ProblemDetail queryTimeout() {
        return retryable(Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "query-timeout",
                "The question took longer than the register allows and was stopped; nothing changed. "
                        + "Narrow it (filters, a page) or try again."));
    }

    /** Marks a 503 whose cause passes by itself; the handler turns it into a Retry-After header. */
    private static ProblemDetail retryable(ProblemDetail problem) {
        problem.setProperty("retryAfterSeconds", 1);
        return problem;
    }

    private static ProblemDetail unavailable() {
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "storage-unavailable",
                "The register's database is not reachable; nothing was recorded. Try again shortly.");
    }
}
