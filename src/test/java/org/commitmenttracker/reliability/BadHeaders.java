package org.commitmenttracker.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Bad headers and bad ids in paths, the parts of a command that are not its body. */
final class BadHeaders {

    private BadHeaders() {}

    static Map<String, Map<String, String>> forEndpoint(boolean acceptsIfMatch) {
        Map<String, Map<String, String>> cases = new LinkedHashMap<>();
        cases.put("Idempotency-Key of 300 characters", Map.of("Idempotency-Key", "k".repeat(300)));
        cases.put("Idempotency-Key of 10,000 characters", Map.of("Idempotency-Key", "k".repeat(10_000)));
        cases.put("blank Idempotency-Key", Map.of("Idempotency-Key", " "));
        cases.put("Content-Type text/plain", Map.of("Content-Type", "text/plain"));
        cases.put("Content-Type application/xml", Map.of("Content-Type", "application/xml"));
        cases.put("Content-Type with unknown charset", Map.of("Content-Type", "application/json; charset=klingon"));
        if (acceptsIfMatch) {
            for (String ifMatch : List.of(
                    "abc",
                    "\"-1\"",
                    "\"99999999999999999999\"",
                    "W/\"x\"",
                    "\"1\", \"2\"",
                    "\"\"",
                    "\"" + "9".repeat(500) + "\"",
                    "\"1000000\"")) {
                cases.put("If-Match " + BadInputs.abbreviate(ifMatch), Map.of("If-Match", ifMatch));
            }
        }
        return cases;
    }

    static List<String> badItemPaths() {
        return List.of(
                "/api/items/not-a-uuid/follow-ups",
                "/api/items/00000000-0000-0000-0000-000000000000/follow-ups",
                "/api/items/ABCDEF00-0000-0000-0000-000000000000/follow-ups",
                "/api/items/%20/follow-ups",
                "/api/items/" + "a".repeat(5000) + "/follow-ups",
                "/api/items/%E2%80%AE/follow-ups",
                "/api/items/%00/follow-ups",
                "/api/items/..%2F..%2Fparties/follow-ups",
                "/api/items/x;y=z/follow-ups");
    }
}
