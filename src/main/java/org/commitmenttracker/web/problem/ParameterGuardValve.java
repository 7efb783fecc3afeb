package org.commitmenttracker.web.problem;

import jakarta.servlet.ServletException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * Reads the query string (and form body) once, before any filter does. Tomcat parses parameters on first use and, when
 * the percent-encoding is broken ({@code ?x=%zz}), throws from whichever filter asks first, Spring Security's included:
 * a 500. Here the request is refused with 400 before the filters run. A NUL in a name or value is refused too, naming
 * the parameter: PostgreSQL cannot hold a NUL in text, so it would fail deep in a query as a 500. A body without a
 * charset is read as UTF-8, as the pages (UTF-8) submit it.
 */
class ParameterGuardValve extends ValveBase {

    ParameterGuardValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        Map<String, String[]> parameters;
        try {
            // Browsers send a form's body without a charset. Reading it here, before Spring's CharacterEncodingFilter
            // has run, would fix the body as ISO-8859-1 and garble every Russian word typed into a form.
            if (request.getCharacterEncoding() == null) {
                request.setCharacterEncoding(StandardCharsets.UTF_8.name());
            }
            parameters = request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            ContainerAnswers.write(
                    response,
                    400,
                    ContainerAnswers.problem(
                            "unreadable-request",
                            "Bad Request",
                            400,
                            "The query string or form could not be decoded: it has a broken percent-encoding (such as %zz) "
                                    + "or is not UTF-8; nothing was recorded."));
            return;
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (name.indexOf('\0') >= 0) {
                ContainerAnswers.write(
                        response,
                        400,
                        ContainerAnswers.invalidParameter(
                                "parameter", "a parameter name must not contain a NUL character (%00)"));
                return;
            }
            for (String value : parameter.getValue()) {
                if (value != null && value.indexOf('\0') >= 0) {
                    ContainerAnswers.write(
                            response,
                            400,
                            ContainerAnswers.invalidParameter(name, "must not contain a NUL character (%00)"));
                    return;
                }
            }
        }
        getNext().invoke(request, response);
    }
}
