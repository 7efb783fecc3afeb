package org.commitmenttracker.support;

import java.util.UUID;

/** JSON bodies for the command API, built from small templates so tests state only what differs. */
public final class Fixtures {

    public static final String SOURCE = """
            {"title": "Session of the CSTO Collective Security Council", "publisher": "Kremlin",
             "url": "http://kremlin.ru/events/president/news/67568", "publishedOn": "2022-01-10", "locator": "line 12"}""";

    private Fixtures() {}

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static String party(String code) {
        return """
                {"code": "%s", "name": "Party %s", "kind": "STATE"}""".formatted(code, code);
    }

    public static String body(String code, String... members) {
        return """
                {"code": "%s", "name": "Council %s", "members": [%s]}""".formatted(
                        code,
                        code,
                        String.join(
                                ",",
                                java.util.Arrays.stream(members)
                                        .map(m -> "\"" + m + "\"")
                                        .toList()));
    }

    public static String session(String sessionId, String body, String date, String chair) {
        return """
                {"sessionId": "%s", "body": "%s", "worldDate": {"date": "%s", "precision": "DAY"},
                 "place": "Moscow", "kind": "EXTRAORDINARY", "format": "VIDEO", "chair": "%s",
                 "participants": [{"person": "Nikol Pashinyan", "role": "Prime Minister", "party": "%s"}],
                 "handover": {"from": "%s", "to": "%s", "effective": {"date": "%s", "precision": "DAY"}},
                 "source": %s}""".formatted(sessionId, body, date, chair, chair, chair, chair, date, SOURCE);
    }

    public static String pledge(String sessionId, String party, String date) {
        return """
                {"sessionId": "%s", "pledgedBy": "%s", "person": "Vladimir Putin",
                 "title": "Withdraw the contingent once its task is complete", "themes": ["peacekeeping"],
                 "due": {"date": "2022-01-01", "precision": "MONTH"}, "figures": [],
                 "worldDate": {"date": "%s", "precision": "DAY"}, "source": %s}""".formatted(sessionId, party, date, SOURCE);
    }

    public static String decision(String sessionId, String body, String binds) {
        return """
                {"sessionId": "%s", "adoptedBy": "%s", "documentType": "decision",
                 "titleOriginal": "Решение о направлении Коллективных миротворческих сил ОДКБ",
                 "title": "Decision to deploy the CSTO Collective Peacekeeping Forces", "listPosition": 1,
                 "themes": ["peacekeeping", "crisis-response"], "binds": [%s],
                 "figures": [{"name": "personnel", "value": 2030, "unit": "persons"}],
                 "worldDate": {"date": "2022-01-06", "precision": "DAY"}, "source": %s}""".formatted(sessionId, body, binds, SOURCE);
    }

    public static String proposal(String sessionId, String party) {
        return """
                {"sessionId": "%s", "onBehalfOf": "%s", "person": "Kassym-Jomart Tokayev", "category": "proposal",
                 "title": "Hold a conference on Afghanistan", "themes": ["afghanistan"], "figures": [],
                 "worldDate": {"date": "2019-11-28", "precision": "DAY"}, "source": %s}""".formatted(sessionId, party, SOURCE);
    }

    public static String statusChange(String to) {
        return """
                {"to": "%s", "note": "Reported at the session", "worldDate": {"date": "2022-01-13", "precision": "DAY"},
                 "source": %s}""".formatted(to, SOURCE);
    }
}
