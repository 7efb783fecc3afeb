package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Broken seed files sent to the admin operation over HTTP: each is refused whole, the answer names file, record and
 * seed field, and the register holds exactly what it held before, even when the mistake is found only after earlier
 * records of the file were already dispatched.
 */
class SeedRejectionTest extends SeededRegisterTest {

    private static final String PLEDGE = """
              - key: test-pledge-%s
                kind: PLEDGE
                session: test-session-%s
                actor: %P
                title: "Host the next test session"
                themes: [institutional]
                worldDate: {date: 2024-05-01, precision: DAY}
                line: 3
            """;

    @Test
    void anUnknownFieldIsRefusedWithItsRecordAndLine() {
        MiniSeed seed = new MiniSeed();
        String yaml = seed.yaml(PLEDGE.replace("title:", "titel:"), "");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("record").asString())
                .isEqualTo("test-pledge-" + seed.suffix + " (items[1], line "
                        + MiniSeed.lineOf(yaml, "- key: test-pledge-") + ")");
        assertThat(problem.get("field").asString()).isEqualTo("titel");
        int line = yaml.substring(0, yaml.indexOf("titel:")).split("\n", -1).length;
        assertThat(problem.get("reason").asString())
                .startsWith("is not a known field")
                .endsWith("(line " + line + " of the seed file)");
    }

    @Test
    void aValueOutsideItsEnumIsRefused() {
        MiniSeed seed = new MiniSeed();
        String yaml = seed.yaml(PLEDGE.replace("kind: PLEDGE", "kind: DECREE"), "");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("record").asString())
                .isEqualTo("test-pledge-" + seed.suffix + " (items[1], line "
                        + MiniSeed.lineOf(yaml, "- key: test-pledge-") + ")");
        assertThat(problem.get("field").asString()).isEqualTo("kind");
        assertThat(problem.get("reason").asString())
                .startsWith("must be one of [DECISION, PROPOSAL, PLEDGE, STATEMENT], not DECREE");
    }

    @Test
    void anItemAtAnUnknownSessionIsRefusedBeforeAnythingIsDispatched() {
        MiniSeed seed = new MiniSeed();
        String yaml = seed.yaml(PLEDGE.replace("session: test-session-%s", "session: no-such-session-%s"), "");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("field").asString()).isEqualTo("session");
        assertThat(problem.get("reason").asString()).startsWith("no session with key no-such-session-" + seed.suffix);
    }

    @Test
    void aCommandRefusedByValidationMidFileRollsBackTheRecordsBeforeIt() {
        MiniSeed seed = new MiniSeed();
        String yaml =
                seed.yaml(PLEDGE.replace("themes: [institutional]", "themes: [institutional, Border Security]"), "");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("record").asString())
                .isEqualTo("test-pledge-" + seed.suffix + " (items[1], line "
                        + MiniSeed.lineOf(yaml, "- key: test-pledge-") + ")");
        assertThat(problem.get("field").asString()).isEqualTo("themes[1]");
        assertThat(problem.get("reason").asString())
                .isEqualTo("must be a lower-case tag of at most 60 characters, such as border-security");
    }

    @Test
    void aDomainRefusalNamesTheSeedFieldNotTheCommandField() {
        MiniSeed seed = new MiniSeed();
        String decision = PLEDGE.replace("kind: PLEDGE", "kind: DECISION\n    category: decision")
                .replace("%P", "NO-SUCH-BODY");
        String yaml = seed.yaml(decision, "");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("field").asString())
                .as("RecordDecision.adoptedBy is the seed's actor")
                .isEqualTo("actor");
        assertThat(problem.get("reason").asString())
                .isEqualTo("NO-SUCH-BODY is neither a registered party nor a registered body");
    }

    @Test
    void aStatusChangeTheLifecycleForbidsRollsBackTheWholeFile() {
        MiniSeed seed = new MiniSeed();
        String change = """
                  - key: test-status-%s
                    item: test-proposal-%s
                    to: IN_PROGRESS
                    worldDate: {date: 2024-05-02, precision: DAY}
                    line: 4
                """;
        String yaml = seed.yaml(PLEDGE, change);
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("record").asString())
                .isEqualTo("test-status-" + seed.suffix + " (statusChanges[0], line "
                        + MiniSeed.lineOf(yaml, "- key: test-status-") + ")");
        assertThat(problem.get("field").asString()).isEqualTo("to");
        assertThat(problem.get("reason").asString()).isEqualTo("A proposal cannot move from PROPOSED to IN_PROGRESS");
    }

    @Test
    void membershipChangesAreSeededWithTheirSourceAndAnUnsourcedOneIsRefused() {
        MiniSeed seed = new MiniSeed();
        String memberships = """
                memberships:
                  - key: test-suspension-%1$s
                    body: %2$s
                    party: %3$s
                    change: SUSPENDED
                    worldDate: {date: 2024, precision: YEAR}
                    fromPublicRecord: "the party's suspension"
                """.formatted(seed.suffix, seed.body, seed.party);
        JsonNode problem = refused(seed, seed.valid() + memberships.replace("    fromPublicRecord", "    note"));
        assertThat(problem.get("field").asString()).isEqualTo("line");

        HttpResponse<String> loaded = api.post(
                "/api/admin/seeds?name=" + seed.fileName,
                seed.valid() + memberships,
                Map.of("Content-Type", "application/yaml"));
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(json(loaded.body()).get("recorded").asInt()).isEqualTo(5);
        org.commitmenttracker.support.Projections.awaitCaughtUp(api);
        JsonNode body =
                json(api.get("/api/bodies/" + seed.body + "?asOf=2024-06-01").body());
        JsonNode member = body.get("members").get(0);
        assertThat(member.get("status").asString()).isEqualTo("SUSPENDED");
        assertThat(member.get("changes").get(1).get("source").get("locator").asString())
                .isEqualTo("not stated in this document; the party's suspension from the public record");
    }

    @Test
    void yamlThatIsNotWellFormedIsRefused() {
        MiniSeed seed = new MiniSeed();
        String yaml = seed.valid().replace("title: \"Hold a test conference\"", "title: \"Hold a test conference");
        JsonNode problem = refused(seed, yaml);
        assertThat(problem.get("record").asString()).isEqualTo("(top level)");
        assertThat(problem.get("reason").asString()).startsWith("is not well-formed YAML");
    }

    @Test
    void aValidFileIsLoadedOnceHoweverOftenItIsSentAndRecordedAsTheAdminWhoSentIt() {
        MiniSeed seed = new MiniSeed();
        long before = eventCount();
        HttpResponse<String> first = api.post(
                "/api/admin/seeds?name=" + seed.fileName, seed.valid(), Map.of("Content-Type", "application/yaml"));
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(json(first.body()).get("recorded").asInt()).isEqualTo(4);
        HttpResponse<String> second = api.post(
                "/api/admin/seeds?name=" + seed.fileName, seed.valid(), Map.of("Content-Type", "application/yaml"));
        assertThat(json(second.body()).get("recorded").asInt()).isZero();
        assertThat(json(second.body()).get("alreadyPresent").asInt()).isEqualTo(4);
        assertThat(eventCount()).isEqualTo(before + 4);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' = ?
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy' = 'admin'""").param(seed.fileName).query(Long.class).single())
                .isEqualTo(4);
    }

    /** Sends the file, expects a refusal naming it, and checks nothing of it reached the register. */
    private JsonNode refused(MiniSeed seed, String yaml) {
        long before = eventCount();
        HttpResponse<String> response =
                api.post("/api/admin/seeds?name=" + seed.fileName, yaml, Map.of("Content-Type", "application/yaml"));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response.body());
        assertThat(problem.get("file").asString()).isEqualTo(seed.fileName);
        assertThat(problem.get("detail").asString())
                .isEqualTo("Seed file " + seed.fileName
                        + " rejected, nothing from it was loaded: record "
                        + problem.get("record").asString()
                        + ", field " + problem.get("field").asString() + ": "
                        + problem.get("reason").asString());
        assertThat(eventCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                        .param(PartyCodes.aggregateId(seed.party))
                        .query(Long.class)
                        .single())
                .as("the file's first record, its party, is not half-loaded")
                .isZero();
        return problem;
    }

    private static JsonNode json(String body) {
        return SeedFileCounts.JSON.readTree(body);
    }
}
