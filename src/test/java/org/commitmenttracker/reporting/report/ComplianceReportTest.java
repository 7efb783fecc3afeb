package org.commitmenttracker.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compliance report, fetched over HTTP as a PDF and as a page, says what the scorecard's JSON says: every cell,
 * every member's and commitment's average and percentage, and the overall figure, in English and in Russian (with
 * Cyrillic names, so the bundled font is really embedded). The PDF's text is read back with PDFBox.
 */
class ComplianceReportTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String NOTE = "Troops withdrew on schedule";
    private static final String NOTE_SOURCE = "Ministry report on the withdrawal";

    /** Parties with their Russian names; the report's members are these, in code order. */
    private static final Map<String, String> RUSSIAN =
            Map.of("ARM", "Армения", "KAZ", "Казахстан", "RUS", "Россия", "TJK", "Таджикистан");

    @Autowired
    ComplianceReports reports;

    @Autowired
    TransactionTemplate transaction;

    private static World world;
    private static String body;
    private static String firstSession;
    private static String secondSession;

    @BeforeEach
    void recordOnce() {
        if (world != null) {
            return;
        }
        world = new World(api);
        List<String> parties = new ArrayList<>();
        for (String name : new TreeSet<>(RUSSIAN.keySet())) {
            String code = world.code(name);
            post(
                    "/api/parties",
                    Map.of("code", code, "name", "State " + name, "nameRu", RUSSIAN.get(name), "kind", "STATE"));
            parties.add(code);
        }
        String arm = parties.get(0);
        String kaz = parties.get(1);
        String rus = parties.get(2);
        String tjk = parties.get(3);
        body = world.body("CSC", parties);
        firstSession = world.session(body, "2021-11-01", arm, Map.of());
        secondSession = world.session(body, "2022-06-01", kaz, Map.of());
        String one = world.decision(firstSession, body, "2021-11-01", Map.of("binds", parties, "title", "Withdrawal"));
        String two = world.decision(firstSession, body, "2021-11-01", Map.of("binds", parties, "title", "Training"));
        String three =
                world.decision(secondSession, body, "2022-06-01", Map.of("binds", parties, "title", "Exercises"));
        world.assess(one, arm, "FINAL", "+1", "2022-12-01");
        world.assess(one, kaz, "FINAL", "0", "2022-12-01");
        world.assess(one, rus, "INTERIM", "+1", "2022-03-01");
        world.assess(one, rus, "FINAL", "-1", "2022-12-01");
        world.assess(one, tjk, "FINAL", "n/a", "2022-12-01");
        world.assess(two, arm, "FINAL", "+1", "2022-12-01");
        world.assess(two, kaz, "FINAL", "+1", "2022-12-01");
        post(
                "/api/items/" + two + "/assessments",
                World.map(
                        "party",
                        rus,
                        "period",
                        "FINAL",
                        "score",
                        "0",
                        "note",
                        NOTE,
                        "worldDate",
                        World.worldDate("2022-12-02"),
                        "source",
                        Map.of("title", NOTE_SOURCE, "publisher", "Ministry", "locator", "page 4")));
        world.assess(two, tjk, "INTERIM", "-1", "2022-03-01");
        world.assess(three, arm, "FINAL", "0", "2023-06-01");
        world.assess(three, kaz, "FINAL", "-1", "2023-06-01");
        world.assess(three, rus, "FINAL", "+1", "2023-06-01");
        world.assess(three, tjk, "FINAL", "+1", "2023-06-01");
        world.evidence(one, "SUPPORTS", "2022-11-01");
        Projections.awaitCaughtUp(api);
    }

    /**
     * The report reads its commitments' words in one batch: the evidence table is scanned once per report, whether it
     * has two commitments or three (it was read once per commitment, with the event stream besides). Counted by
     * PostgreSQL in the report's own transaction (pg_stat_xact_user_tables), so only this report's reads count, and at
     * once: the table statistics of other backends reach pg_stat_user_tables only up to ten seconds after they idle,
     * which this test used to wait out four times.
     */
    @Test
    void theReportReadsItsCommitmentsInOneBatch() {
        long twoCommitments = evidenceScansOf(firstSession);
        long threeCommitments = evidenceScansOf(null);
        assertThat(scorecard("").get("items")).hasSize(3);
        assertThat(twoCommitments).as("evidence scans, two commitments").isEqualTo(1);
        assertThat(threeCommitments).as("evidence scans, three commitments").isEqualTo(1);
    }

    private long evidenceScansOf(String session) {
        return transaction.execute(status -> {
            long before = evidenceScansInThisTransaction();
            ComplianceReport report =
                    reports.report(ReportScope.of(body, null, session), TimeAxes.now(), Locale.ENGLISH);
            assertThat(report.commitments()).as("commitments reported").hasSize(session == null ? 3 : 2);
            return evidenceScansInThisTransaction() - before;
        });
    }

    /** Sequential and index scans of the evidence table so far in the current transaction, on its connection. */
    private long evidenceScansInThisTransaction() {
        return jdbc.sql("""
                        SELECT coalesce(seq_scan, 0) + coalesce(idx_scan, 0)
                        FROM pg_stat_xact_user_tables WHERE relname = 'rm_item_evidence'""").query(Long.class).single();
    }

    @Test
    void theEnglishPdfPrintsEveryFigureOfTheScorecard() {
        JsonNode scorecard = scorecard("&period=FINAL");
        String text = pdfText("&period=FINAL");
        assertThat(text)
                .contains("Compliance report", "Summary: commitments by member", "Methodology", NOTE, NOTE_SOURCE);
        assertThat(scorecard.get("items")).hasSize(3);
        assertEveryFigure(scorecard, text, "Average", "Compliance %");
        // A final report leaves out what was only assessed for the interim period (TJK's -1 on the second commitment).
        assertThat(find(scorecard.get("parties"), world.code("TJK"))
                        .get("compliance")
                        .get("scored")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theRussianPdfHasRussianHeadingsCyrillicNamesAndTheSameFigures() {
        JsonNode scorecard = scorecard("");
        String text = pdfText("&lang=ru");
        assertThat(text)
                .contains("Доклад о выполнении обязательств", "Сводная таблица", "Методология")
                .contains(RUSSIAN.values());
        assertEveryFigure(scorecard, text, "Средний балл", "Выполнение, %");
    }

    @Test
    void theHtmlPageShowsTheSameReportForOneSession() {
        JsonNode scorecard = scorecard("&period=FINAL&session=" + firstSession);
        assertThat(scorecard.get("items")).hasSize(2);
        HttpResponse<byte[]> response = api.getBytes(
                report("/reports/compliance", "&period=FINAL&session=" + firstSession), Map.of("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String html = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(html)
                .contains("<html lang=\"en\"", "id=\"summary\"", "Withdrawal", "Training")
                .doesNotContain("Exercises")
                .contains("/reports/compliance.pdf?body=" + body);
        JsonNode overall = scorecard.get("overall");
        assertThat(html)
                .contains(overall.get("average").asString() + " on the scale")
                .contains("(" + overall.get("percentage").asString() + " %)");
        String russian = new String(
                api.getBytes(report("/reports/compliance", "&lang=ru"), Map.of("Accept", "text/html"))
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(russian).contains("<html lang=\"ru\"", "Доклад о выполнении обязательств", "Армения");
    }

    @Test
    void aBodyWithNothingAssessedGetsAReportSayingSo() {
        String quiet = world.body("QUIET", List.of(world.code("ARM")));
        HttpResponse<byte[]> response =
                api.getBytes("/reports/compliance?body=" + quiet, Map.of("Accept", "text/html"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .contains("No compliance assessments match this scope.", "Methodology")
                .doesNotContain("id=\"summary\"");
    }

    @Test
    void theScorecardPageLinksToTheReportOfItsBody() {
        HttpResponse<String> page = api.get("/parties?body=" + body + "&period=FINAL");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("href=\"/reports/compliance?body=" + body + "&amp;period=FINAL\"");
    }

    @Test
    void aBadPeriodAnUnknownBodyOrAForeignSessionIsAProblemNamingTheField() {
        assertProblem("/reports/compliance.pdf?body=" + body + "&period=QUARTERLY", "period");
        assertProblem("/reports/compliance?body=NO-SUCH-BODY", "body");
        assertProblem("/reports/compliance.pdf", "body");
        assertProblem("/reports/compliance?body=" + body + "&session=no-such-session", "session");
    }

    /** Each commitment's row, the members' average and percentage rows and the members' table, as PDFBox reads them. */
    private static void assertEveryFigure(JsonNode scorecard, String text, String average, String percentage) {
        TreeSet<String> members = new TreeSet<>();
        scorecard
                .get("items")
                .forEach(item -> item.get("scores").propertyNames().forEach(members::add));
        int n = 0;
        for (JsonNode item : scorecard.get("items")) {
            n++;
            StringBuilder row = new StringBuilder(n + " " + item.get("title").asString());
            for (String member : members) {
                if (item.get("scores").has(member)) {
                    row.append(' ').append(item.get("scores").get(member).asString());
                }
            }
            row.append(' ').append(figures(item.get("compliance")));
            assertThat(text).as("row of commitment %d", n).contains(row.toString());
        }
        StringBuilder averages = new StringBuilder(average);
        StringBuilder percentages = new StringBuilder(percentage);
        for (String member : members) {
            JsonNode compliance = find(scorecard.get("parties"), member).get("compliance");
            averages.append(' ').append(text(compliance.get("average")));
            percentages.append(' ').append(percent(compliance.get("percentage")));
            assertThat(text)
                    .as("member %s in the members' table", member)
                    .containsPattern(java.util.regex.Pattern.quote(member) + " — [^\\n]+ "
                            + compliance.get("scored").asInt() + " "
                            + compliance.get("notApplicable").asInt() + " "
                            + java.util.regex.Pattern.quote(figures(compliance)));
        }
        averages.append(' ').append(scorecard.get("overall").get("average").asString());
        percentages.append(' ').append(percent(scorecard.get("overall").get("percentage")));
        assertThat(text).contains(averages.toString(), percentages.toString());
    }

    private static String figures(JsonNode compliance) {
        return text(compliance.get("average")) + " " + percent(compliance.get("percentage"));
    }

    private static String text(JsonNode number) {
        return number == null || number.isNull() ? "" : number.asString();
    }

    private static String percent(JsonNode number) {
        return number == null || number.isNull() ? "" : number.asString() + " %";
    }

    private static JsonNode find(JsonNode array, String code) {
        for (JsonNode node : array) {
            if (node.get("code").asString().equals(code)) {
                return node;
            }
        }
        throw new AssertionError(code + " is not on the scorecard");
    }

    private JsonNode scorecard(String query) {
        HttpResponse<String> response = api.get("/api/scorecard?body=" + body + query);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    private String pdfText(String query) {
        HttpResponse<byte[]> response = api.getBytes(report("/reports/compliance.pdf", query), Map.of());
        assertThat(response.statusCode())
                .as(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (PDDocument document = Loader.loadPDF(response.body())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            String text = stripper.getText(document).replaceAll("[ \\t\\u00a0]+", " ");
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target/compliance-report" + query.replaceAll("\\W", "_") + ".txt"), text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String report(String path, String query) {
        return path + "?body=" + URLEncoder.encode(body, StandardCharsets.UTF_8) + query;
    }

    private void assertProblem(String path, String field) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(Json.texts(Json.read(response.body()).get("errors"), "field"))
                .containsExactly(field);
    }

    private void post(String path, Map<String, Object> command) {
        HttpResponse<String> response = api.post(path, JSON.writeValueAsString(command));
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isBetween(200, 201);
    }
}
