package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.commitmenttracker.shared.Ids;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Several seed files load in the order things happened, and a file may name keys of another file whatever their names
 * and the order they are given in: the file defining a key loads first, each file still in a transaction of its own.
 */
class SeedOrderTest extends SeededRegisterTest {

    @Autowired
    private SeedLoader loader;

    @Test
    void theBundledFilesLoadedInTheOrderTheirSessionsWereHeld() {
        List<String> order = loader.loadBundled().stream().map(LoadReport::file).toList();
        assertThat(order)
                .containsExactly(
                        "003-csc-2019-bishkek.yaml",
                        "001-csc-2020-moscow.yaml",
                        "002-csc-2022-01-extraordinary.yaml",
                        "004-csc-2023-minsk.yaml",
                        "000-kyrgyzstan-article.yaml");
        assertThat(firstPosition("csc-2019-11-28")).isLessThan(firstPosition("csc-2020-12-02"));
    }

    @Test
    void the2020TranscriptLinksToDecisionsOfThe2019ReportThoughItsFileSortsFirst() {
        assertThat(seedKeys("followUps:csc-2020-12-02-rus-followup-victory-75-plan"))
                .isEqualTo(1);
        assertThat(seedKeys("links:csc-2020-12-02-link-observer-partner-2018")).isEqualTo(1);
    }

    @Test
    void aFileNamingAnotherFilesItemLoadsAfterItWhateverTheOrderGiven() {
        MiniSeed earlier = new MiniSeed();
        MiniSeed later = new MiniSeed();
        String link = """
                links:
                  - key: test-link-%s
                    from: test-proposal-%s
                    relation: REFERS_TO
                    to: %s
                    line: 3
                """.formatted(later.suffix, later.suffix, earlier.proposal);
        String laterYaml = later.yaml(link, "").replace("2024-05-01", "2024-06-01");
        List<LoadReport> reports = loader.loadAll(List.of(
                new SeedText("a-" + later.fileName, laterYaml),
                new SeedText("z-" + earlier.fileName, earlier.valid())));
        assertThat(reports)
                .extracting(LoadReport::file)
                .containsExactly("z-" + earlier.fileName, "a-" + later.fileName);
        assertThat(reports).extracting(LoadReport::recorded).containsExactly(4, 5);
    }

    @Test
    void aDependencyOutranksTheDatesAndARingOfFilesIsRefused() {
        MiniSeed first = new MiniSeed();
        MiniSeed second = new MiniSeed();
        String toSecond = linkTo(first, second.proposal);
        String firstYaml = first.yaml(toSecond, "").replace("2024-05-01", "2019-01-01");
        List<LoadReport> reports = loader.loadAll(
                List.of(new SeedText(first.fileName, firstYaml), new SeedText(second.fileName, second.valid())));
        assertThat(reports)
                .as("the 2019 file names the 2024 file's proposal, so the 2024 file loads first")
                .extracting(LoadReport::file)
                .containsExactly(second.fileName, first.fileName);

        MiniSeed ringA = new MiniSeed();
        MiniSeed ringB = new MiniSeed();
        long before = eventCount();
        assertThatThrownBy(() -> loader.loadAll(List.of(
                        new SeedText(ringA.fileName, ringA.yaml(linkTo(ringA, ringB.proposal), "")),
                        new SeedText(ringB.fileName, ringB.yaml(linkTo(ringB, ringA.proposal), "")))))
                .isInstanceOf(SeedRejected.class)
                .hasMessageContaining("no loading order satisfies both");
        assertThat(eventCount()).isEqualTo(before);
    }

    private static String linkTo(MiniSeed from, String target) {
        return """
                links:
                  - key: test-link-%s
                    from: test-proposal-%s
                    relation: REFERS_TO
                    to: %s
                    line: 3
                """.formatted(from.suffix, from.suffix, target);
    }

    private long seedKeys(String seedKey) {
        return jdbc.sql("""
                        SELECT count(*) FROM domain_event_entry
                        WHERE convert_from(meta_data, 'UTF8')::jsonb ->> 'seedKey' = ?""").param(seedKey).query(Long.class).single();
    }

    private long firstPosition(String sessionKey) {
        return jdbc.sql("SELECT min(global_index) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(Ids.fromSeedKey("session", sessionKey))
                .query(Long.class)
                .single();
    }
}
