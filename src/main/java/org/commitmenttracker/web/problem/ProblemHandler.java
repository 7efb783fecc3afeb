package org.commitmenttracker.web.problem;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/** Answers every refusal of the JSON API as RFC 9457 problem+json; see {@link ProblemMapper}. */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> anything(Exception thrown, WebRequest request) {
        var problem = ProblemMapper.map(thrown);
        if (problem.isEmpty()) {
            log.error("Unexpected failure", thrown);
        }
        ProblemDetail answer = problem.orElseGet(() ->
                Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "The request could not be completed."));
        HttpHeaders headers = new HttpHeaders();
        if (answer.getProperties() != null
                && answer.getProperties().get("retryAfterSeconds") instanceof Integer seconds) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
        return handleExceptionInternal(thrown, answer, headers, HttpStatusCode.valueOf(answer.getStatus()), request);
    }

    /**
     * Every answer of this handler passes here. A browser asking for a page gets the HTML error page instead: the
     * servlet container's error dispatch renders templates/error.html.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception thrown, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (request instanceof ServletWebRequest servlet
                && BrowserPages.wantsHtml(servlet.getRequest())
                && servlet.getResponse() != null) {
            try {
                servlet.getResponse().sendError(status.value());
                return null;
            } catch (java.io.IOException | IllegalStateException alreadyCommitted) {
                log.debug("Could not send the HTML error page", alreadyCommitted);
            }
        }
        return super.handleExceptionInternal(thrown, body, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException thrown, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = thrown.getCause() instanceof JacksonException jackson
                ? Problems.invalid(List.of(JsonErrors.describe(jackson)))
                : Problems.invalid(List.of(new Problems.FieldError("body", "must be a JSON object")));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Query parameters bound into records (filters, time axes), or @Valid bodies, that could not be accepted. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException thrown, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(ParameterErrors.of(thrown.getBindingResult())));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException thrown, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(Problems.invalid(List.of(ParameterErrors.of(thrown))));
    }
}
