package org.commitmenttracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/**
 * Records facts through the real command API for read-side tests. Codes carry a per-test tag so tests sharing the run's
 * database never see each other's parties or bodies.
 */
public class World {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, Object> SOURCE =
            Map.of("title", "Test source", "publisher", "Test publisher", "locator", "para 1");

    private final Api api;
    private final String tag =
            UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', 'X');

    public World(Api api) {
        this.api = api;
    }

    public Api api() {
        return api;
    }

    /** The party code for a short name in this world, e.g. party("RUS") is "RUS-1A2B3C". */
    public String code(String name) {
        return name + "-" + tag;
    }

    public String party(String name) {
        String code = code(name);
        post("/api/parties", Map.of("code", code, "name", "Party " + name, "kind", "STATE"));
        return code;
    }

    public String body(String name, List<String> members) {
        String code = code(name);
        post("/api/bodies", Map.of("code", code, "name", "Council " + name, "members", members));
        return code;
    }

    public String session(String body, String date, String chair, Map<String, Object> extra) {
        Map<String, Object> command = map(
                "body",
                body,
                "worldDate",
                day(date),
                "place",
                "Minsk",
                "kind",
                "REGULAR",
                "format",
                "IN_PERSON",
                "chair",
                chair,
                "participants",
                List.of(Map.of("person", "Head of " + chair, "role", "President", "party", chair)),
                "source",
                SOURCE);
        command.putAll(extra);
        return id(post("/api/sessions", command));
    }

    public String decision(String session, String body, String date, Map<String, Object> fields) {
        Map<String, Object> command = map(
                "sessionId",
                session,
                "adoptedBy",
                body,
                "documentType",
                "decision",
                "title",
                "Decision " + UUID.randomUUID(),
                "themes",
                List.of(),
                "binds",
                List.of(),
                "figures",
                List.of(),
                "worldDate",
                worldDate(date),
                "source",
                SOURCE);
        command.putAll(fields);
        return id(post("/api/items/decisions", command));
    }

    public String proposal(String session, String party, String date, Map<String, Object> fields) {
        Map<String, Object> command = map(
                "sessionId",
                session,
                "onBehalfOf",
                party,
                "title",
                "Proposal " + UUID.randomUUID(),
                "themes",
                List.of(),
                "figures",
                List.of(),
                "worldDate",
                worldDate(date),
                "source",
                SOURCE);
        command.putAll(fields);
        return id(post("/api/items/proposals", command));
    }

    public String pledge(String session, String party, String date, Map<String, Object> fields) {
        Map<String, Object> command = map(
                "sessionId",
                session,
                "pledgedBy",
                party,
                "title",
                "Pledge " + UUID.randomUUID(),
                "themes",
                List.of(),
                "figures",
                List.of(),
                "worldDate",
                worldDate(date),
                "source",
                SOURCE);
        command.putAll(fields);
        return id(post("/api/items/pledges", command));
    }

    public long status(String item, String to, String date) {
        return status(item, to, date, null);
    }

    public long status(String item, String to, String date, String note) {
        Map<String, Object> command = map("to", to, "worldDate", worldDate(date), "source", SOURCE);
        if (note != null) {
            command.put("note", note);
        }
        return version(post("/api/items/" + item + "/status-changes", command));
    }

    public long followUp(String item, String session, String raisedBy, String stance, String date) {
        return followUp(item, session, raisedBy, stance, date, null);
    }

    public long followUp(String item, String session, String raisedBy, String stance, String date, String note) {
        Map<String, Object> command = map(
                "sessionId",
                session,
                "raisedBy",
                raisedBy,
                "stance",
                stance,
                "worldDate",
                worldDate(date),
                "source",
                SOURCE);
        if (note != null) {
            command.put("note", note);
        }
        return version(post("/api/items/" + item + "/follow-ups", command));
    }

    /** A follow-up on an occasion between sessions (a press statement, an interview): no session. */
    public long followUpOn(String item, String occasionKind, String raisedBy, String stance, String date) {
        return version(post(
                "/api/items/" + item + "/follow-ups",
                map(
                        "occasion",
                        map("kind", occasionKind),
                        "raisedBy",
                        raisedBy,
                        "stance",
                        stance,
                        "worldDate",
                        worldDate(date),
                        "source",
                        SOURCE)));
    }

    public long evidence(String item, String bearing, String date) {
        return version(post(
                "/api/items/" + item + "/evidence",
                map("bearing", bearing, "worldDate", worldDate(date), "source", SOURCE)));
    }

    public long position(String item, String party, String position, String date) {
        return version(post(
                "/api/items/" + item + "/positions",
                map("party", party, "position", position, "worldDate", worldDate(date), "source", SOURCE)));
    }

    public long assess(String item, String party, String period, String score, String date) {
        return version(post(
                "/api/items/" + item + "/assessments",
                map("party", party, "period", period, "score", score, "worldDate", worldDate(date), "source", SOURCE)));
    }

    public long link(String item, String relation, String target, String date) {
        return version(post(
                "/api/items/" + item + "/links",
                map("relation", relation, "target", target, "worldDate", worldDate(date), "source", SOURCE)));
    }

    public long correct(String item, long correctsVersion, String field, String value, String date) {
        return version(post(
                "/api/items/" + item + "/corrections",
                map(
                        "correctsVersion",
                        correctsVersion,
                        "field",
                        field,
                        "value",
                        value,
                        "reason",
                        "The source was misread",
                        "worldDate",
                        worldDate(date),
                        "source",
                        SOURCE)));
    }

    /** "2022-01-10" is a day, "2022-01" a month, "2022" a year, "[..2022-01-10]" on or before that day. */
    public static Map<String, Object> worldDate(String text) {
        if (text.startsWith("[..")) {
            return Map.of("date", text, "precision", "ON_OR_BEFORE");
        }
        String precision =
                switch (text.length()) {
                    case 4 -> "YEAR";
                    case 7 -> "MONTH";
                    default -> "DAY";
                };
        String date =
                switch (text.length()) {
                    case 4 -> text + "-01-01";
                    case 7 -> text + "-01";
                    default -> text;
                };
        return Map.of("date", date, "precision", precision);
    }

    private static Map<String, Object> day(String date) {
        return worldDate(date);
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private HttpResponse<String> post(String path, Map<String, Object> body) {
        HttpResponse<String> response = api.post(path, JSON.writeValueAsString(body));
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isBetween(200, 201);
        return response;
    }

    private static String id(HttpResponse<String> response) {
        return Json.read(response.body()).get("id").asString();
    }

    private static long version(HttpResponse<String> response) {
        return Json.read(response.body()).get("version").asLong();
    }
}
