package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.shared.provenance.Source;
import org.junit.jupiter.api.Test;

/** A seeded fact names the published document and its paragraph first, the bundled copy's line only after. */
class SeedSourcesTest {

    private static final SeedFile.Source TRANSCRIPT = new SeedFile.Source(
            "kremlin-2022-01-10",
            "002_10b7690851233e2d.txt",
            "Сессия Совета коллективной безопасности ОДКБ",
            "Kremlin (kremlin.ru)",
            "http://kremlin.ru/events/president/news/copy/67568",
            LocalDate.of(2022, 1, 10),
            null,
            new SeedFile.Paragraphs(9, List.of(10)));

    @Test
    void theLocatorGivesTheParagraphOfThePublishedTextThenTheBundledLine() {
        Source source = SeedSources.at(TRANSCRIPT, 171, SeedSources.also(TRANSCRIPT, List.of(173)));
        assertThat(source.url()).isEqualTo("http://kremlin.ru/events/president/news/copy/67568");
        assertThat(source.title()).isEqualTo("Сессия Совета коллективной безопасности ОДКБ");
        assertThat(source.locator())
                .isEqualTo("para. 162 (bundled copy 002_10b7690851233e2d.txt, line 171); also para. 164 (line 173)");
    }

    @Test
    void linesBeforeTheFirstParagraphAreTheHeadingAndTheLeadIsParagraphOne() {
        assertThat(SeedSources.place(TRANSCRIPT.paragraphs(), 2)).hasValue("heading");
        assertThat(SeedSources.place(TRANSCRIPT.paragraphs(), 9)).hasValue("para. 1");
        assertThat(SeedSources.place(TRANSCRIPT.paragraphs(), 11)).hasValue("para. 2");
        assertThat(SeedSources.place(null, 11)).isEmpty();
    }
}
