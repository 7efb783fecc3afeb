package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Free-text search as a monitor types it: Russian in any inflection, English, over official Russian titles, texts and
 * follow-up and status-change notes (#16). The Russian texts are recorded here through the command API. What the
 * Russian stemmer cannot join is asserted too: "вывод" (a noun) does not find "вывести" (a verb).
 */
class BilingualSearchTest extends IntegrationTest {

    private static Texts texts;

    /** The items, recorded once per run. */
    private record Texts(
            String body,
            String terrorList,
            String border,
            String withdraw,
            String withdrawal,
            String exercises,
            String envoy,
            Instant beforeNote) {}

    @BeforeEach
    void recordOnce() {
        if (texts != null) {
            return;
        }
        World world = new World(api);
        String kaz = world.party("KAZ");
        String rus = world.party("RUS");
        String tjk = world.party("TJK");
        String council = world.body("CSC", List.of(kaz, rus, tjk));
        String s1 = world.session(council, "2021-11-10", kaz, map("title", "Session 2021"));
        String s2 = world.session(council, "2022-01-10", kaz, map("title", "Session 2022"));
        String terrorList = world.decision(
                s1,
                council,
                "2021-11-10",
                map(
                        "title",
                        "Form a single list of terrorist organisations",
                        "titleOriginal",
                        "О формировании Единого списка террористических организаций"));
        String border = world.decision(
                s1,
                council,
                "2021-11-10",
                map(
                        "title",
                        "Interstate targeted programme for the border",
                        "titleOriginal",
                        "О Межгосударственной целевой программе укрепления таджикско-афганской границы"));
        String withdraw = world.pledge(
                s2,
                rus,
                "2022-01-10",
                map(
                        "title",
                        "Pledge to withdraw the peacekeeping forces",
                        "text",
                        "Вывести миротворческие силы ОДКБ из Казахстана после выполнения задачи."));
        String withdrawal = world.pledge(
                s2,
                kaz,
                "2022-01-10",
                map("title", "Peacekeepers leave once order is restored", "text", "Вывод миротворцев начнётся скоро."));
        String exercises = world.proposal(
                s2,
                tjk,
                "2022-01-10",
                map(
                        "title",
                        "Hold joint exercises of the rapid reaction forces",
                        "text",
                        "Провести совместные учения Коллективных сил оперативного реагирования."));
        String envoy = world.decision(
                s1,
                council,
                "2021-11-10",
                map(
                        "title",
                        "A special envoy",
                        "summaryRu",
                        "Совет учредил пост спецпосланника по урегулированию кризисов."));
        world.status(
                border,
                "STALLED",
                "2022-01-10",
                "Таджикистан сообщил, что программа до сих пор не принята, и настаивал на её скорейшем принятии.");
        Projections.awaitCaughtUp(api);
        Instant beforeNote = Instant.now();
        ItemScenario.pause();
        world.followUp(
                envoy,
                s2,
                kaz,
                "CALLED_FOR",
                "2022-01-10",
                "Казахстан напомнил о решении учредить должность специального представителя по миротворческой"
                        + " деятельности.");
        Projections.awaitCaughtUp(api);
        texts = new Texts(council, terrorList, border, withdraw, withdrawal, exercises, envoy, beforeNote);
    }

    private List<String> found(String q) {
        return found(q, "");
    }

    private List<String> found(String q, String axes) {
        HttpResponse<String> response = api.get("/api/items?size=100&body=" + texts.body() + "&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8) + axes);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.texts(Json.read(response.body()).get("items"), "id");
    }

    @Test
    void theUnifiedTerroristListInAnyInflection() {
        assertThat(found("террористических организаций")).containsExactly(texts.terrorList());
        assertThat(found("единый список террористических организаций")).containsExactly(texts.terrorList());
        assertThat(found("террористическая организация")).containsExactly(texts.terrorList());
        assertThat(found("списки организаций")).containsExactly(texts.terrorList());
        assertThat(found("терроризм")).containsExactly(texts.terrorList());
    }

    @Test
    void theTajikAfghanBorderInAnyInflection() {
        assertThat(found("таджикско-афганской границе")).containsExactly(texts.border());
        assertThat(found("таджикско-афганская граница")).containsExactly(texts.border());
        assertThat(found("укрепление границы")).containsExactly(texts.border());
        assertThat(found("Афганистан")).containsExactly(texts.border());
        assertThat(found("целевые программы")).containsExactly(texts.border());
    }

    @Test
    void peacekeepersByNounAndByVerb() {
        assertThat(found("вывести миротворческие силы")).containsExactly(texts.withdraw());
        assertThat(found("миротворческих сил")).containsExactly(texts.withdraw());
        // The stemmer keeps the noun вывод and the verb вывести apart: each finds its own wording only.
        assertThat(found("вывод миротворцев")).containsExactly(texts.withdrawal());
        // One root, миротвор-: peacekeepers, peacekeeping forces and the note about peacekeeping activity.
        assertThat(found("миротворцы")).containsExactlyInAnyOrder(texts.withdraw(), texts.withdrawal(), texts.envoy());
        assertThat(found("Казахстана")).containsExactlyInAnyOrder(texts.withdraw(), texts.envoy());
        assertThat(found("совместных учений")).containsExactly(texts.exercises());
    }

    @Test
    void englishIsStemmedToo() {
        assertThat(found("pledges")).containsExactly(texts.withdraw());
        assertThat(found("exercise")).containsExactly(texts.exercises());
        assertThat(found("peacekeeper")).containsExactlyInAnyOrder(texts.withdraw(), texts.withdrawal());
        assertThat(found("ядерное оружие")).isEmpty();
    }

    @Test
    void aFollowUpNoteCountsFromItsDateAndItsRecording() {
        assertThat(found("специального представителя")).containsExactly(texts.envoy());
        assertThat(found("специального представителя", "&asOf=2021-12-31")).isEmpty();
        assertThat(found("специального представителя", "&knownAt=" + texts.beforeNote()))
                .isEmpty();
        // The item's own text is found as of the day it was recorded, not before.
        assertThat(found("вывод миротворцев", "&asOf=2022-01-10")).containsExactly(texts.withdrawal());
        assertThat(found("вывод миротворцев", "&asOf=2022-01-09")).isEmpty();
    }

    @Test
    void theRussianSummaryIsSearchedToo() {
        assertThat(found("урегулирование кризиса")).containsExactly(texts.envoy());
        assertThat(found("спецпосланник")).containsExactly(texts.envoy());
        assertThat(found("урегулирование кризиса", "&knownAt=2000-01-01T00:00:00Z"))
                .isEmpty();
    }

    @Test
    void aStatusChangeNoteCountsFromItsDate() {
        assertThat(found("скорейшее принятие программы")).containsExactly(texts.border());
        assertThat(found("скорейшее принятие", "&asOf=2022-01-09")).isEmpty();
        assertThat(found("скорейшее принятие", "&asOf=2022-01-10")).containsExactly(texts.border());
    }

    @Test
    void theItemsPageSearchesTheSameWay() {
        HttpResponse<String> page = api.get("/items?body=" + texts.body() + "&q="
                + URLEncoder.encode("таджикско-афганская граница", StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(texts.border()).doesNotContain(texts.terrorList());
    }
}
