package org.commitmenttracker.web.problem;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before Spring sees them: headers too large, a path with %00 or an encoded slash, TRACE.
 * Its own answer is an HTML page; this one is problem+json like every other refusal, with the security headers that
 * Spring Security would have added.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus known = HttpStatus.resolve(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String detail = status < 500
                ? "The request line, path or headers could not be read; nothing was recorded."
                : "The request could not be completed; nothing was recorded.";
        try {
            ContainerAnswers.securityHeaders(response);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("""
                        {"type":"https://commitment-tracker.org/problems/unreadable-request","title":"%s","status":%d,"detail":"%s"}""".formatted(title, status, detail));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client has gone or the response is already committed; nothing more can be said.
        }
    }
}
