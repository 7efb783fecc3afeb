package org.commitmenttracker.reporting.web.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Exports read back with commons-csv: UTF-8 bytes, a header row, the same rows as the JSON answer. */
class ExportTest extends IntegrationTest {

    private ItemScenario s;

    @BeforeEach
    void scenario() {
        s = ItemScenario.shared(api);
    }

    private HttpResponse<byte[]> download(String path) {
        try {
            HttpResponse<byte[]> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header(
                                            "Authorization",
                                            "Basic "
                                                    + java.util.Base64.getEncoder()
                                                            .encodeToString((ADMIN + ":" + ADMIN_PASSWORD)
                                                                    .getBytes(StandardCharsets.UTF_8)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode())
                    .as(new String(response.body(), StandardCharsets.UTF_8))
                    .isEqualTo(200);
            return response;
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<CSVRecord> csv(HttpResponse<byte[]> response) throws IOException {
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(
                        type -> assertThat(type).startsWith("text/csv").containsIgnoringCase("charset=UTF-8"));
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(
                        value -> assertThat(value).startsWith("attachment").contains(".csv"));
        String text = new String(response.body(), StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    @Test
    void itemsExportAsCsvWithHeaderAndCyrillicIntact() throws IOException {
        List<CSVRecord> rows = csv(download("/api/exports/items?body=" + s.council + "&sort=TITLE&direction=ASC"));
        assertThat(rows).hasSize(5);
        assertThat(rows.getFirst().getParser().getHeaderNames()).startsWith("id", "kind", "title", "title_original");
        CSVRecord terror = rows.get(1);
        assertThat(terror.get("id")).isEqualTo(s.terrorList);
        assertThat(terror.get("title_original"))
                .isEqualTo("О формировании единого списка террористических организаций");
        assertThat(terror.get("binds")).contains(s.arm + "; " + s.rus);
        assertThat(terror.get("due")).isEqualTo("2023");
        assertThat(terror.get("overdue")).isEqualTo("true");
        assertThat(terror.get("follow_ups")).isEqualTo("2");
    }

    @Test
    void itemsExportAsJsonMatchesTheFilters() {
        HttpResponse<byte[]> response = download("/api/exports/items?format=json&body=" + s.council + "&kind=PLEDGE");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(v -> assertThat(v).contains("items.json"));
        JsonNode body = Json.read(new String(response.body(), StandardCharsets.UTF_8));
        assertThat(Json.texts(body.get("items"), "id")).containsExactlyInAnyOrder(s.withdrawal, s.exercise);
    }

    @Test
    void sessionViewExportsOneLinePerItemAndSection() throws IOException {
        List<CSVRecord> rows = csv(download("/api/exports/sessions/" + s.s2));
        assertThat(rows.stream().map(r -> r.get("section") + ":" + r.get("id")).toList())
                .contains(
                        "introduced:" + s.withdrawal,
                        "followed_up:" + s.terrorList,
                        "carried_over:" + s.terrorList,
                        "closed_since_previous:" + s.conferenceProposal);
        assertThat(rows.stream()
                        .filter(r -> r.get("section").equals("followed_up"))
                        .map(r -> r.get("stance"))
                        .toList())
                .containsExactly("REPORTED_NOT_IMPLEMENTED");
        JsonNode json = Json.read(new String(
                download("/api/exports/sessions/" + s.s2 + "?format=json").body(), StandardCharsets.UTF_8));
        assertThat(json.get("session").get("id").asString()).isEqualTo(s.s2);
    }

    @Test
    void scorecardExportsPartiesItemsAndTheOverallLine() throws IOException {
        List<CSVRecord> rows = csv(download("/api/exports/scorecard?body=" + s.council));
        assertThat(rows.getFirst().getParser().getHeaderNames()).contains(s.arm, s.rus, s.tjk);
        CSVRecord item = rows.stream()
                .filter(r -> r.get("line").equals("item"))
                .findFirst()
                .orElseThrow();
        assertThat(item.get("id")).isEqualTo(s.terrorList);
        assertThat(item.get(s.rus)).isEqualTo("n/a");
        assertThat(item.get("average")).isEqualTo("0.00");
        assertThat(item.get("percentage")).isEqualTo("50");
        assertThat(rows.getLast().get("line")).isEqualTo("overall");
        assertThat(rows.getLast().get("scored")).isEqualTo("2");
    }

    /** OWASP CSV injection: a cell a spreadsheet would run as a formula starts with a quote and is quoted. */
    @Test
    void formulaCellsAreNeutralisedInCsvButExactInJson() throws IOException {
        World world = new World(api);
        String rus = world.party("RUS");
        String council = world.body("CSC", List.of(rus));
        String session = world.session(council, "2022-01-10", rus, java.util.Map.of());
        List<String> hostile = List.of(
                "=HYPERLINK(\"http://evil.example\",\"x\")",
                "+cmd|' /C calc'!A0",
                "-2+3+cmd|' /C calc'!A0",
                "@SUM(1+9)*cmd|' /C calc'!A0",
                "\t=1+1");
        for (String title : hostile) {
            world.pledge(session, rus, "2022-01-10", java.util.Map.of("title", title, "person", "@" + title));
        }
        // Exports read the read models, which apply the pledges a moment after they are acknowledged.
        Projections.awaitCaughtUp(api);
        HttpResponse<byte[]> items = download("/api/exports/items?body=" + council);
        String raw = new String(items.body(), StandardCharsets.UTF_8);
        assertThat(raw).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        List<String> titles = csv(items).stream().map(r -> r.get("title")).toList();
        assertThat(titles)
                .containsExactlyInAnyOrderElementsOf(
                        hostile.stream().map(t -> "'" + t).toList());
        assertThat(csv(items).stream().map(r -> r.get("person")).toList()).allMatch(p -> p.startsWith("'@"));
        assertThat(csv(download("/api/exports/sessions/" + session)).stream()
                        .filter(r -> r.get("section").equals("introduced"))
                        .map(r -> r.get("title"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(
                        hostile.stream().map(t -> "'" + t).toList());
        JsonNode json = Json.read(new String(
                download("/api/exports/items?format=json&body=" + council).body(), StandardCharsets.UTF_8));
        assertThat(Json.texts(json.get("items"), "title")).containsExactlyInAnyOrderElementsOf(hostile);
    }

    /** An export has no pages: a list longer than the view's default page of 50 comes whole. */
    @Test
    void aSessionExportHoldsEveryItemOfALongList() throws IOException {
        World world = new World(api);
        String kaz = world.party("KAZ");
        String council = world.body("CSC", List.of(kaz));
        String session = world.session(council, "2022-03-10", kaz, java.util.Map.of());
        int pledges = 53;
        for (int i = 0; i < pledges; i++) {
            world.pledge(session, kaz, "2022-03-10", java.util.Map.of("title", "Long list pledge " + i));
        }
        Projections.awaitCaughtUp(api);
        assertThat(csv(download("/api/exports/sessions/" + session)).stream()
                        .filter(r -> r.get("section").equals("introduced"))
                        .count())
                .isEqualTo(pledges);
        JsonNode json = Json.read(new String(
                download("/api/exports/sessions/" + session + "?format=json").body(), StandardCharsets.UTF_8));
        assertThat(json.get("introduced")).hasSize(pledges);
        assertThat(json.get("introducedTotal").asLong()).isEqualTo(pledges);
    }

    @Test
    void everyFormulaStartIsNeutralisedButPlainNumbersAndTextAreNot() {
        for (String formula : List.of("=1+1", "+1+1", "-1+1", "@A1", "\t=1", "\r=1")) {
            assertThat(CsvTable.neutralised(formula)).isEqualTo("'" + formula);
        }
        for (String data : List.of("-1", "+1", "0.25", "", "Title = 1", "n/a")) {
            assertThat(CsvTable.neutralised(data)).isEqualTo(data);
        }
    }
}
