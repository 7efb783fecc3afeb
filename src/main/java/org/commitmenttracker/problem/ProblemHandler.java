package org.commitmenttracker.problem;

import java.util.Comparator;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Maps every refusal to RFC 9457 problem+json. Domain exceptions are often wrapped by Axon or the
 * transaction, so the cause chain is searched for the first exception this class knows.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> anything(Exception thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            ProblemDetail problem = known(cause);
            if (problem != null) {
                return ResponseEntity.status(problem.getStatus()).body(problem);
            }
        }
        log.error("Unexpected failure", thrown);
        return ResponseEntity.internalServerError()
                .body(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The request could not be completed."));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException thrown, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = thrown.getCause() instanceof JacksonException jackson
                ? Problems.invalid(List.of(JsonErrors.describe(jackson)))
                : Problems.invalid(List.of(new Problems.FieldError("body", "must be a JSON object")));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Query parameters bound into records (filters, time axes) that could not be converted. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException thrown, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(ParameterErrors.of(thrown.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException thrown, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(ParameterErrors.of(thrown))));
    }

    private ProblemDetail known(Throwable cause) {
        return switch (cause) {
            case JSR303ViolationException e -> Problems.invalid(e.getViolations().stream()
                    .map(v -> new Problems.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problems.FieldError::field))
                    .toList());
            case JacksonException e -> Problems.invalid(List.of(JsonErrors.describe(e)));
            case InvalidField e -> Problems.invalid(List.of(new Problems.FieldError(e.field(), e.getMessage())));
            case NotRecorded e -> Problems.of(HttpStatus.NOT_FOUND, "not-recorded", e.getMessage());
            case AggregateNotFoundException e -> Problems.of(HttpStatus.NOT_FOUND, "not-recorded",
                    "Nothing is recorded under id " + e.getAggregateIdentifier());
            case RuleViolation e -> ruleViolation(e);
            case ConflictingAggregateVersionException e -> versionConflict(e);
            case ConcurrencyException e -> Problems.of(HttpStatus.CONFLICT, "concurrent-change",
                    "Another change to the same record was saved at the same moment; reload and try again.");
            case CannotCreateTransactionException e -> unavailable();
            case DataAccessResourceFailureException e -> unavailable();
            case TransientDataAccessException e -> unavailable();
            case EventStoreException e when e.getCause() instanceof java.sql.SQLTransientException -> unavailable();
            default -> null;
        };
    }

    private static ProblemDetail ruleViolation(RuleViolation violation) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "rule-violation", violation.getMessage());
        violation.details().forEach(problem::setProperty);
        return problem;
    }

    private static ProblemDetail versionConflict(ConflictingAggregateVersionException conflict) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "version-conflict",
                "The record changed since you read it: you sent version " + conflict.getExpectedVersion()
                        + " but it is now at version " + conflict.getActualVersion() + ". Reload and try again.");
        problem.setProperty("expectedVersion", conflict.getExpectedVersion());
        problem.setProperty("currentVersion", conflict.getActualVersion());
        return problem;
    }

    private static ProblemDetail unavailable() {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "storage-unavailable",
                "The register's database is not reachable; nothing was recorded. Try again shortly.");
    }
}
