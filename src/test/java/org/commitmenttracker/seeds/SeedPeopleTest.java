package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Every person the seed files name has a Russian name, given once in a {@code people} section and carried by every
 * record that names the person, whichever file it is in; Russian pages and Russian search use it.
 */
class SeedPeopleTest extends SeededRegisterTest {

    private static final String TOKAYEV = "Kassym-Jomart Tokayev";
    private static final String TOKAYEV_RU = "Касым-Жомарт Токаев";

    @Autowired
    private SeedLoader loader;

    private final SeedFileCounts files = SeedFileCounts.readBundledSources();

    @BeforeEach
    void caughtUp() {
        Projections.awaitCaughtUp(api);
    }

    @Test
    void everyPersonTheSeedFilesNameIsGivenARussianNameExactlyOnce() {
        Map<String, String> russian = new HashMap<>();
        for (JsonNode person : files.records("people")) {
            String name = person.get("name").asString();
            assertThat(russian.put(name, person.get("nameRu").asString()))
                    .as("%s is given a Russian name more than once", name)
                    .isNull();
        }
        Set<String> named = new TreeSet<>();
        files.records("items").forEach(item -> addPerson(named, item));
        files.records("followUps").forEach(followUp -> addPerson(named, followUp));
        files.records("sessions").forEach(session -> session.path("participants")
                .valueStream()
                .forEach(participant -> addPerson(named, participant)));
        assertThat(named).as("people the seed records name").hasSizeGreaterThanOrEqualTo(11);
        assertThat(russian.keySet()).as("people given a Russian name").containsAll(named);
        assertThat(russian.values())
                .allSatisfy(name -> assertThat(name).matches("[А-ЯЁ][а-яё]+(-[А-ЯЁ][а-яё]+)?( [А-ЯЁ][а-яё]+)+"));
        assertThat(russian).containsEntry(TOKAYEV, TOKAYEV_RU).containsEntry("Vladimir Putin", "Владимир Путин");
    }

    @Test
    void everySeededRecordThatNamesAPersonCarriesTheRussianName() {
        long statementsWithout = jdbc.sql(
                        "SELECT count(*) FROM rm_item_statement WHERE person IS NOT NULL AND person_ru IS NULL")
                .query(Long.class)
                .single();
        long followUpsWithout = jdbc.sql(
                        "SELECT count(*) FROM rm_item_follow_up WHERE person IS NOT NULL AND person_ru IS NULL")
                .query(Long.class)
                .single();
        long participantsWithout = jdbc.sql("""
                        SELECT count(*) FROM rm_session s, jsonb_array_elements(s.participants::jsonb) p
                        WHERE p ->> 'personRu' IS NULL""").query(Long.class).single();
        long statementsWith = jdbc.sql("SELECT count(*) FROM rm_item_statement WHERE person_ru IS NOT NULL")
                .query(Long.class)
                .single();
        assertThat(statementsWith).as("seeded statements with a Russian name").isPositive();
        assertThat(statementsWithout)
                .as("seeded statements naming a person without a Russian name")
                .isZero();
        assertThat(followUpsWithout)
                .as("seeded follow-ups naming a person without a Russian name")
                .isZero();
        assertThat(participantsWithout)
                .as("seeded participants without a Russian name")
                .isZero();
    }

    @Test
    void russianPagesShowTheRussianNameAndRussianSearchFindsItInflected() {
        String item = jdbc.sql("""
                        SELECT item_id FROM rm_item_statement WHERE person = ? AND known_until IS NULL
                        ORDER BY item_id LIMIT 1""").param(TOKAYEV).query(String.class).single();
        assertThat(api.get("/items/" + item + "?lang=ru").body())
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV_RU + "\\)<");
        assertThat(api.get("/items/" + item + "?lang=en").body())
                .containsPattern("id=\"item-person\"[^>]*>\\(" + TOKAYEV + "\\)<");
        String session = Ids.fromSeedKey("session", "csc-2020-12-02");
        assertThat(api.get("/sessions/" + session + "?lang=ru").body())
                .contains(TOKAYEV_RU, "Владимир Путин")
                .doesNotContain(TOKAYEV, "Vladimir Putin");

        JsonNode found =
                Json.read(api.get("/api/items?size=200&q=" + URLEncoder.encode("Токаева", StandardCharsets.UTF_8))
                        .body());
        assertThat(Json.texts(found.get("items"), "id")).contains(item);
    }

    @Test
    void aPersonsRussianNameGivenInOneFileReachesTheRecordsOfAnother() {
        MiniSeed names = new MiniSeed();
        MiniSeed speaks = new MiniSeed();
        String person = "Test Speaker " + speaks.suffix;
        String people = "people:\n  - name: " + person + "\n    nameRu: Тестовый Докладчик\n";
        String statement = """
                  - key: test-statement-%%s
                    kind: STATEMENT
                    session: test-session-%%s
                    actor: %%P
                    person: %s
                    title: "Says the test went well"
                    themes: [institutional]
                    worldDate: {date: 2024-05-01, precision: DAY}
                    line: 3
                """.formatted(person);
        List<LoadReport> reports = loader.loadAll(List.of(
                new SeedText(names.fileName, names.yaml(people, "")),
                new SeedText(speaks.fileName, speaks.yaml(statement, ""))));
        assertThat(reports).extracting(LoadReport::recorded).containsExactlyInAnyOrder(4, 5);
        JsonNode event = jdbc.sql("""
                        SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(Ids.fromSeedKey("item", "test-statement-" + speaks.suffix))
                .query((rs, row) -> SeedFileCounts.JSON.readTree(rs.getString(1)))
                .single();
        assertThat(event.get("person").asString()).isEqualTo(person);
        assertThat(event.get("personRu").asString()).isEqualTo("Тестовый Докладчик");
    }

    @Test
    void oneNameSpeltTwoWaysInRussianIsRefusedAndNothingIsLoaded() {
        MiniSeed first = new MiniSeed();
        MiniSeed second = new MiniSeed();
        String person = "Test Speaker " + first.suffix;
        long before = eventCount();
        assertThatThrownBy(() -> loader.loadAll(List.of(
                        new SeedText(
                                first.fileName,
                                first.yaml("people:\n  - name: " + person + "\n    nameRu: Тест Один\n", "")),
                        new SeedText(
                                second.fileName,
                                second.yaml("people:\n  - name: " + person + "\n    nameRu: Тест Два\n", "")))))
                .isInstanceOf(SeedRejected.class)
                .hasMessageContaining(person)
                .hasMessageContaining("nameRu");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static void addPerson(Set<String> named, JsonNode record) {
        if (record.hasNonNull("person")) {
            named.add(record.get("person").asString());
        }
    }
}
