package org.commitmenttracker.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Response;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers written by Tomcat valves, before Spring Security's header writer and Spring MVC run: problem+json with the
 * same security headers as every other answer. The policy here is stricter than the pages' (an error body loads
 * nothing), which is why it is not the pages' policy.
 */
final class ContainerAnswers {

    static final String ERROR_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ContainerAnswers() {}

    static void securityHeaders(HttpServletResponse response) {
        securityHeaders(response, ERROR_CSP);
    }

    /** Sets what is missing; headers Spring Security already wrote are left as they are. */
    static void securityHeaders(HttpServletResponse response, String contentSecurityPolicy) {
        if (response.getHeader("Content-Security-Policy") == null) {
            response.setHeader("Content-Security-Policy", contentSecurityPolicy);
        }
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (response.getHeader("Referrer-Policy") == null) {
            response.setHeader("Referrer-Policy", "no-referrer");
        }
        if (response.getHeader("X-Frame-Options") == null) {
            response.setHeader("X-Frame-Options", "DENY");
        }
        if (response.getHeader("Cache-Control") == null) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    static String problem(String type, String title, int status, String detail) {
        return body(type, title, status, detail).toString();
    }

    /** The 400 for one query or form parameter, shaped like the API's own (errors: [{field, reason}]). */
    static String invalidParameter(String field, String reason) {
        ObjectNode body = body("invalid-request", "Invalid request", 400, field + ": " + reason);
        body.putArray("errors").addObject().put("field", field).put("reason", reason);
        return body.toString();
    }

    static void write(Response response, int status, String json) throws IOException {
        response.setStatus(status);
        securityHeaders(response);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        Writer writer = response.getWriter();
        writer.write(json);
        writer.flush();
    }

    private static ObjectNode body(String type, String title, int status, String detail) {
        ObjectNode body = JSON.createObjectNode();
        body.put("type", "https://commitment-tracker.org/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        return body;
    }
}
