package org.commitmenttracker.recording;

import org.commitmenttracker.shared.refusal.InvalidField;
import tools.jackson.databind.JsonNode;

/**
 * Text in a command may hold any printable Unicode, tabs and line breaks, but no other control characters, unpaired
 * surrogates or the noncharacters U+FFFE/U+FFFF. Such characters are never part of a source document; they are
 * copy-paste debris or an attack, and a NUL would make every PostgreSQL text column and jsonb cast of the event fail
 * later, far from the request.
 */
final class TextRules {

    private TextRules() {}

    static void check(JsonNode body) {
        check(body, "");
    }

    private static void check(JsonNode node, String path) {
        if (node.isString()) {
            refuseForbidden(node.asString(), path.isEmpty() ? "body" : path);
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                check(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        }
    }

    private static void refuseForbidden(String text, String field) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean forbidden = c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                    || c >= 0x7F && c <= 0x9F
                    || c == '\uFFFE'
                    || c == '\uFFFF'
                    || Character.isHighSurrogate(c)
                            && (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1)))
                    || Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
            if (forbidden) {
                throw new InvalidField(
                        field,
                        "must not contain control characters or broken Unicode (found U+%04X at position %d)"
                                .formatted((int) c, i + 1));
            }
        }
    }
}
