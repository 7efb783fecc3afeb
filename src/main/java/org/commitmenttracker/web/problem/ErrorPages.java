package org.commitmenttracker.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Optional;
import org.commitmenttracker.security.SecurityConfig;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that never reached a controller (a request the firewall rejected, a failure in a filter) end up at /error.
 * Boot's default answers JSON of its own shape; here browsers get the HTML page and everyone else the same problem+json
 * as the rest of the API. A request the firewall rejected never passed Spring Security's header writer, so the security
 * headers are added here when missing.
 *
 * <p>An exception thrown while a page was being rendered (a template asking the database for a name, say) also lands
 * here, past the controllers' handler. It is mapped like any other: a database that is busy or too slow is a 503 with
 * Retry-After, not a 500.
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        Optional<ProblemDetail> known = known(request, response);
        HttpStatus status = known.map(p -> HttpStatus.valueOf(p.getStatus())).orElseGet(() -> status(request));
        ContainerAnswers.securityHeaders(response, SecurityConfig.CSP);
        return new ModelAndView("error", Map.of("status", status.value(), "error", status.getReasonPhrase()), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        Optional<ProblemDetail> known = known(request, response);
        HttpStatus status = known.map(p -> HttpStatus.valueOf(p.getStatus())).orElseGet(() -> status(request));
        ContainerAnswers.securityHeaders(response);
        ProblemDetail problem = known.orElseGet(() -> Problems.of(
                status,
                status.is5xxServerError() ? "internal-error" : "request-refused",
                status.is5xxServerError() ? "The request could not be completed." : status.getReasonPhrase()));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** The problem for the exception that reached the container, if it is a known one; sets its Retry-After. */
    private static Optional<ProblemDetail> known(HttpServletRequest request, HttpServletResponse response) {
        Optional<ProblemDetail> problem = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t
                ? ProblemMapper.map(t)
                : Optional.empty();
        problem.map(ProblemDetail::getProperties)
                .map(properties -> properties.get("retryAfterSeconds"))
                .ifPresent(seconds -> response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)));
        return problem;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
