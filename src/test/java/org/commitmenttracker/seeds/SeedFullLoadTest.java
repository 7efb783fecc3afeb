package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.shared.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The bundled seeds, loaded on start into an empty register, checked against the YAML files as counted here
 * independently of the loader (a plain tree parse, {@link SeedFileCounts}).
 */
class SeedFullLoadTest extends SeededRegisterTest {

    private static final Map<String, String> OPENING_EVENT = Map.of(
            "DECISION",
            "DecisionAdopted",
            "PROPOSAL",
            "ProposalMade",
            "PLEDGE",
            "PledgeGiven",
            "STATEMENT",
            "StatementMade");

    @Autowired
    private SeedLoader loader;

    private final SeedFileCounts files = SeedFileCounts.readBundledSources();

    @Test
    void everyRecordOfEveryFileIsOneEventOfItsKind() {
        Map<String, Long> stored = jdbc
                .sql("""
                        SELECT substring(payload_type from '[^.]+$') AS kind, count(*) FROM domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' IN (:files)
                        GROUP BY kind""")
                .param("files", files.names())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list()
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<String, Long> expected = Map.ofEntries(
                Map.entry("PartyRegistered", (long)
                        files.distinct("parties", "code").size()),
                Map.entry("BodyRegistered", (long)
                        files.distinct("bodies", "code").size()),
                Map.entry("SessionHeld", files.count("sessions")),
                Map.entry("DecisionAdopted", files.items(null, "DECISION")),
                Map.entry("ProposalMade", files.items(null, "PROPOSAL")),
                Map.entry("PledgeGiven", files.items(null, "PLEDGE")),
                Map.entry("StatementMade", files.items(null, "STATEMENT")),
                Map.entry("ItemLinked", files.count("links")),
                Map.entry("FollowUpRaised", files.count("followUps")),
                Map.entry("StatusChanged", files.count("statusChanges")),
                Map.entry("SessionOutcomeCounted", files.count("outcomes")));
        System.out.println("Seed events by kind: " + stored);
        assertThat(stored).isEqualTo(expected);
        assertThat(expected.values()).allMatch(count -> count > 0);
    }

    @Test
    void eachSessionHoldsTheItemsOfEachKindItsFilesGiveIt() {
        for (String session : files.sessionKeys()) {
            for (String kind : OPENING_EVENT.keySet()) {
                long stored = jdbc.sql("""
                                SELECT count(*) FROM domain_event_entry
                                WHERE payload_type LIKE '%.' || ? AND convert_from(payload, 'UTF8')::jsonb ->> 'sessionId' = ?""")
                        .params(OPENING_EVENT.get(kind), Ids.fromSeedKey("session", session))
                        .query(Long.class)
                        .single();
                assertThat(stored).as(session + " " + kind).isEqualTo(files.items(session, kind));
            }
        }
        long withoutSession =
                jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE substring(payload_type from '[^.]+$') IN ('DecisionAdopted', 'ProposalMade', 'PledgeGiven', 'StatementMade')
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'sessionId' IS NULL
                          AND convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' IN (:files)""").param("files", files.names()).query(Long.class).single();
        assertThat(withoutSession).isEqualTo(files.itemsWithoutSession());
    }

    /** The seeds title each session in the one form an untitled session is given (SessionTitles). */
    @Test
    void aSeededSessionIsTitledByBodyKindPlaceAndDate() {
        JsonNode held = payload(SeedPlan.sessionId("csc-2022-01-10"), 0);
        assertThat(held.get("title").asString())
                .isEqualTo(
                        "CSTO-CSC extraordinary session, Moscow region, Novo-Ogaryovo (videoconference), 2022-01-10");
    }

    @Test
    void theKazakhstanDeploymentDecisionCarriesItsFigures() {
        JsonNode decision = payload(Ids.fromSeedKey("item", "csc-2022-01-06-deploy-cpf"), 0);
        Map<String, String> figures = decision.get("figures")
                .valueStream()
                .collect(Collectors.toMap(
                        f -> f.get("name").asString(), f -> f.get("value").asString()));
        assertThat(figures).containsEntry("personnel", "2030").containsEntry("equipment", "250");
        assertThat(decision.get("worldDate").get("date").asString()).isEqualTo("2022-01-06");
    }

    @Test
    void earlierInstrumentsKnownOnlyByMentionCarryAnUpperBound() {
        Map<String, String> bounds = Map.of(
                "csc-unified-terrorist-list", "2022-01-10",
                "csto-tajik-afghan-border-programme", "2022-01-10",
                "csto-cis-sco-practical-measures", "2023-11-23",
                "rus-unga-nazism-resolution-2020", "2020-12-02");
        bounds.forEach((key, bound) -> {
            JsonNode worldDate = payload(Ids.fromSeedKey("item", key), 0).get("worldDate");
            assertThat(worldDate.get("precision").asString()).as(key).isEqualTo("ON_OR_BEFORE");
            assertThat(worldDate.get("date").asString()).as(key).isEqualTo(bound);
        });
    }

    @Test
    void everyFollowUpAndLinkIsRecordedOnItsTarget() {
        for (JsonNode followUp : files.records("followUps")) {
            long found = jdbc.sql("""
                            SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                              AND payload_type LIKE '%.FollowUpRaised'
                              AND convert_from(payload, 'UTF8')::jsonb ->> 'sessionId' = ?
                              AND convert_from(payload, 'UTF8')::jsonb ->> 'raisedBy' = ?
                              AND convert_from(payload, 'UTF8')::jsonb ->> 'stance' = ?""")
                    .params(
                            Ids.fromSeedKey("item", followUp.get("item").asString()),
                            Ids.fromSeedKey("session", followUp.get("session").asString()),
                            followUp.get("raisedBy").asString(),
                            followUp.get("stance").asString())
                    .query(Long.class)
                    .single();
            assertThat(found).as(followUp.get("key").asString()).isEqualTo(1);
        }
        for (JsonNode link : files.records("links")) {
            long found = jdbc.sql("""
                            SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?
                              AND payload_type LIKE '%.ItemLinked'
                              AND convert_from(payload, 'UTF8')::jsonb ->> 'target' = ?
                              AND convert_from(payload, 'UTF8')::jsonb ->> 'relation' = ?""")
                    .params(
                            Ids.fromSeedKey("item", link.get("from").asString()),
                            Ids.fromSeedKey("item", link.get("to").asString()),
                            link.get("relation").asString())
                    .query(Long.class)
                    .single();
            assertThat(found).as(link.get("key").asString()).isEqualTo(1);
        }
    }

    @Test
    void the2019DecisionOnTheTajikAfghanBorderIsPresentAndAdopted() {
        List<Map<String, Object>> decisions = jdbc.sql("""
                        SELECT aggregate_identifier, convert_from(payload, 'UTF8')::jsonb ->> 'title' AS title
                        FROM domain_event_entry WHERE payload_type LIKE '%.DecisionAdopted'
                          AND convert_from(payload, 'UTF8')::jsonb ->> 'titleOriginal' LIKE '%таджикско-афганском приграничье%'
                          AND convert_from(payload, 'UTF8')::jsonb -> 'worldDate' ->> 'date' LIKE '2019-%'""").query().listOfRows();
        assertThat(decisions).hasSize(1);
        assertThat((String) decisions.getFirst().get("title")).contains("Tajik-Afghan border");
        String itemId = (String) decisions.getFirst().get("aggregate_identifier");
        long statusChanges = jdbc.sql(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ? AND payload_type LIKE '%.StatusChanged'")
                .param(itemId)
                .query(Long.class)
                .single();
        assertThat(statusChanges)
                .as("a decision stays at its opening status until a change is recorded")
                .isZero();
        assertThat(Lifecycle.of(ItemKind.DECISION).opening()).isEqualTo(ItemStatus.ADOPTED);
        assertThat(payload(itemId, 0).get("sessionId").asString())
                .isEqualTo(Ids.fromSeedKey("session", "csc-2019-11-28"));
    }

    @Test
    void theBishkekSessionCountsSeventeenDocumentsSigned() {
        List<Map<String, Object>> counts = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8')::jsonb ->> 'outcome' AS outcome,
                               (convert_from(payload, 'UTF8')::jsonb ->> 'count')::int AS count,
                               convert_from(payload, 'UTF8')::jsonb -> 'source' ->> 'locator' AS locator
                        FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND payload_type LIKE '%.SessionOutcomeCounted'""")
                .param(Ids.fromSeedKey("session", "csc-2019-11-28"))
                .query()
                .listOfRows();
        assertThat(counts).hasSize(1);
        assertThat(counts.getFirst()).containsEntry("outcome", "SIGNED").containsEntry("count", 17);
        assertThat((String) counts.getFirst().get("locator")).isNotBlank();
    }

    @Test
    void statedPositionsAreOnRecordAndNeverOpen() {
        long statements = files.items(null, "STATEMENT");
        long closed = jdbc.sql("""
                        SELECT count(*) FROM rm_item i JOIN rm_item_status s USING (item_id)
                        WHERE i.kind = 'STATEMENT' AND s.status = 'STATED' AND NOT s.open""").query(Long.class).single();
        assertThat(statements).as("stated positions in the seed files").isEqualTo(26);
        assertThat(closed).isEqualTo(statements);
        String item = api.get("/api/items/" + Ids.fromSeedKey("item", "csc-2022-01-10-tjk-afghan-camps-position"))
                .body();
        assertThat(item).contains("\"STATEMENT\"").contains("\"STATED\"").doesNotContain("\"PROPOSAL\"");
        String page = api.get(
                        "/items/" + Ids.fromSeedKey("item", "csc-2022-01-10-tjk-afghan-camps-position") + "?lang=ru")
                .body();
        assertThat(page).contains("заявленная позиция", "заявлено").doesNotContain("предложение");
    }

    @Test
    void theTwoAirliftFiguresAreLinkedAsConflictingOnBothItemPages() {
        String lukashenko = Ids.fromSeedKey("item", "csc-2022-01-10-blr-support-tajikistan");
        String decision = Ids.fromSeedKey("item", "csc-2022-01-06-deploy-cpf");
        assertThat(api.get("/items/" + lukashenko).body())
                .contains("Conflicts with")
                .contains(decision);
        assertThat(api.get("/items/" + decision).body())
                .contains("Conflicts with")
                .contains(lukashenko);
        assertThat(api.get("/items/" + decision + "?lang=ru").body())
                .contains("Расходится с")
                .doesNotContain("Conflicts with");
        assertThat(payload(decision, 0).get("figures").toString())
                .contains("108")
                .doesNotContain("200");
        assertThat(payload(lukashenko, 0).get("figures").toString()).contains("200");
    }

    @Test
    void loadingAgainAddsNothing() {
        long before = eventCount();
        List<LoadReport> reports = loader.loadBundled();
        assertThat(reports).extracting(LoadReport::file).containsExactlyInAnyOrderElementsOf(files.names());
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.recorded()).isZero();
            assertThat(report.alreadyPresent()).isEqualTo(report.records());
        });
        assertThat(eventCount()).isEqualTo(before);
    }

    @Test
    void everySeededEventNamesTheSeedLoaderAndItsRecord() {
        long seeded =
                jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' IN (:files)""").param("files", files.names()).query(Long.class).single();
        // Other tests in this context upload files of their own as the admin; the bundled files are the first start's.
        long byOthers =
                jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedFile' IN (:files)
                          AND ((convert_from(meta_data, 'UTF8')::jsonb ->> 'recordedBy') IS DISTINCT FROM 'seed-loader'
                               OR convert_from(meta_data, 'UTF8')::jsonb ->> 'seedKey' IS NULL)""").param("files", files.names()).query(Long.class).single();
        assertThat(seeded).isEqualTo(files.expectedEvents());
        assertThat(byOthers).isZero();
    }

    private JsonNode payload(String aggregateId, long sequence) {
        return jdbc.sql(
                        "SELECT convert_from(payload, 'UTF8') FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?")
                .params(aggregateId, sequence)
                .query((rs, row) -> SeedFileCounts.JSON.readTree(rs.getString(1)))
                .single();
    }
}
