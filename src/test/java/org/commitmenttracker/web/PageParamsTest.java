package org.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.commitmenttracker.item.ItemKind;
import org.junit.jupiter.api.Test;

class PageParamsTest {

    @Test
    void unreadableValuesAreNotedAndLeftOutWhileTheRestIsRead() {
        PageParams params = PageParams.of(Map.of("kind", "PLEDGES", "asOf", "2022-13-01", "party", " RUS ", "q", " "));
        assertThat(params.choice("kind", ItemKind.class)).isNull();
        assertThat(params.date("asOf")).isNull();
        assertThat(params.text("party")).isEqualTo("RUS");
        assertThat(params.text("q")).isNull();
        assertThat(params.errors()).containsOnlyKeys("kind", "asOf");
        assertThat(params.values()).containsOnlyKeys("party");
    }

    @Test
    void aDatetimeInputIsTakenAsUtcAndExportLinksCarryItAsTheApiReadsIt() {
        PageParams params = PageParams.of(Map.of(
                "knownAt", "2024-05-01T12:00", "asOf", "2022-01-10", "page", "3", "q", "терроризм", "lang", "ru"));
        assertThat(params.instant("knownAt")).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
        assertThat(params.date("asOf")).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(params.linkWithout("/api/exports/items?format=csv", "page"))
                .isEqualTo("/api/exports/items?format=csv&asOf=2022-01-10&knownAt=2024-05-01T12:00:00Z"
                        + "&q=%D1%82%D0%B5%D1%80%D1%80%D0%BE%D1%80%D0%B8%D0%B7%D0%BC");
        assertThat(params.link("/items", "page", 4))
                .isEqualTo("/items?asOf=2022-01-10&knownAt=2024-05-01T12:00"
                        + "&q=%D1%82%D0%B5%D1%80%D1%80%D0%BE%D1%80%D0%B8%D0%B7%D0%BC&page=4");
        assertThat(params.to("/items", "status", "MADE"))
                .startsWith("/items?status=MADE&asOf=2022-01-10")
                .doesNotContain("page");
    }
}
