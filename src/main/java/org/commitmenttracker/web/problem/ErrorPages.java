package org.commitmenttracker.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.commitmenttracker.security.SecurityConfig;
import org.springframework.boot.webmvc.error.ErrorController;
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
 */
@Controller
class ErrorPages implements ErrorController {

    @RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
    ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        ContainerAnswers.securityHeaders(response, SecurityConfig.CSP);
        return new ModelAndView("error", Map.of("status", status.value(), "error", status.getReasonPhrase()), status);
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = status(request);
        ContainerAnswers.securityHeaders(response);
        ProblemDetail problem = Problems.of(
                status,
                status.is5xxServerError() ? "internal-error" : "request-refused",
                status.is5xxServerError() ? "The request could not be completed." : status.getReasonPhrase());
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
