package org.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.commitmenttracker.web.problem.BrowserPages;
import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;

/**
 * Refusals written by security filters, before Spring MVC runs: problem+json for API clients and a short HTML page for
 * browsers, in the same shape as the MVC error answers.
 */
final class ProblemResponses {

    private ProblemResponses() {}

    static void write(HttpServletRequest request, HttpServletResponse response, int status, String type, String detail)
            throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding("UTF-8");
        if (wantsHtml(request)) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter()
                    .write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                            + "</title></head><body><main><h1>" + status + "</h1><p>" + HtmlUtils.htmlEscape(detail)
                            + "</p><p><a href=\"/\">Commitment Tracker</a></p></main></body></html>");
            return;
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter()
                .write("{\"type\":\"https://commitment-tracker.org/problems/" + type + "\",\"title\":\""
                        + title(status) + "\",\"status\":" + status + ",\"detail\":\"" + detail.replace("\"", "'")
                        + "\",\"instance\":\"" + request.getRequestURI().replace("\"", "%22") + "\"}");
    }

    static boolean wantsHtml(HttpServletRequest request) {
        return BrowserPages.wantsHtml(request);
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Error";
        };
    }
}
