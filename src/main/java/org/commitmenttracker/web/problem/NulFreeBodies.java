package org.commitmenttracker.web.problem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a NUL character anywhere in a JSON request body (values and names) with 400 naming the field. PostgreSQL
 * cannot store a NUL in text, so such a value would fail at the INSERT as a 500. Command bodies, read as JSON trees,
 * are checked more strictly by the recording's own text rules.
 */
@ControllerAdvice
class NulFreeBodies extends RequestBodyAdviceAdapter {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return !(targetType instanceof Class<?> type && JsonNode.class.isAssignableFrom(type));
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage message,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converter)
            throws IOException {
        byte[] body = message.getBody().readAllBytes();
        try {
            refuseNul(JSON.readTree(body), "");
        } catch (JacksonException unreadable) {
            // Not JSON (or not well-formed): the converter reports that in its own words.
        }
        HttpHeaders headers = message.getHeaders();
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }

    private static void refuseNul(JsonNode node, String path) {
        if (node == null) {
            return;
        }
        if (node.isString() && node.asString().indexOf('\0') >= 0) {
            throw new InvalidField(path.isEmpty() ? "body" : path, "must not contain a NUL character (\\u0000)");
        }
        if (node.isObject()) {
            for (var field : node.properties()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().indexOf('\0') >= 0) {
                    throw new InvalidField(
                            path.isEmpty() ? "body" : path, "a field name must not contain a NUL character");
                }
                refuseNul(field.getValue(), name);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                refuseNul(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
