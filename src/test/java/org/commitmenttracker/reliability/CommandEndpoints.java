package org.commitmenttracker.reliability;

import java.util.List;
import java.util.function.Supplier;
import org.commitmenttracker.support.Fixtures;

/** Every command endpoint, each with a supplier of a body it accepts, for the bad-input test. */
final class CommandEndpoints {

    private CommandEndpoints() {}

    record Endpoint(String path, Supplier<String> validBody, boolean acceptsIfMatch) {}

    static List<Endpoint> all(Scene scene, String decision, String proposal) {
        String item = "/api/items/" + decision;
        String provenance = """
                "worldDate": {"date": "2023-11-23", "precision": "DAY"}, "source": %s""".formatted(Fixtures.SOURCE);
        return List.of(
                new Endpoint("/api/parties", () -> """
                        {"code": "%s", "name": "Fuzzed party", "nameRu": "Партия", "kind": "STATE"}""".formatted(code()), false),
                new Endpoint("/api/bodies", () -> """
                        {"code": "%s", "name": "Fuzzed council", "nameRu": "Совет", "organisation": "%s", "members": ["%s"]}""".formatted(code(), scene.party(), scene.party()), false),
                new Endpoint(
                        "/api/sessions",
                        () -> Fixtures.session(Fixtures.newId(), scene.body(), "2022-01-10", scene.party()),
                        false),
                new Endpoint(
                        "/api/items/decisions",
                        () -> Fixtures.decision(scene.firstSession(), scene.body(), "\"" + scene.party() + "\""),
                        false),
                new Endpoint(
                        "/api/items/proposals", () -> Fixtures.proposal(scene.firstSession(), scene.party()), false),
                new Endpoint(
                        "/api/items/pledges",
                        () -> Fixtures.pledge(scene.firstSession(), scene.party(), "2022-01-10"),
                        false),
                new Endpoint(item + "/status-changes", () -> Fixtures.statusChange("IN_IMPLEMENTATION"), true),
                new Endpoint(item + "/follow-ups", () -> scene.followUp("fuzz"), true),
                new Endpoint(item + "/assessments", () -> """
                        {"party": "%s", "period": "INTERIM", "score": "+1", "note": "fuzz", %s}""".formatted(scene.party(), provenance), true),
                new Endpoint(item + "/links", () -> """
                        {"relation": "REFERS_TO", "target": "%s", "note": "fuzz", %s}""".formatted(proposal, provenance), true),
                new Endpoint(item + "/corrections", () -> """
                        {"correctsVersion": 0, "field": "TITLE", "value": "Corrected title", "reason": "fuzz", %s}""".formatted(provenance), true));
    }

    private static String code() {
        return "F" + Fixtures.newId().substring(0, 8).toUpperCase();
    }
}
