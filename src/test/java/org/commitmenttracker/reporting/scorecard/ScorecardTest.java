package org.commitmenttracker.reporting.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Ten parties against five decisions. The expected averages are worked out here, from the matrix, with plain BigDecimal
 * arithmetic on the exact mean; the matrix holds n/a cells, a party with nothing scored, a percentage of exactly 62.5
 * (63 half-up, 62 under banker's rounding) and an item mean of exactly 0.125 (0.13 half-up, 0.12 under banker's
 * rounding).
 */
class ScorecardTest extends IntegrationTest {

    private static final String[] MATRIX = ScorecardMatrix.MATRIX;
    private static final String[] STATUSES = ScorecardMatrix.STATUSES;

    private static ScorecardMatrix fixture;

    @BeforeEach
    void recordOnce() {
        if (fixture == null) {
            fixture = new ScorecardMatrix(new World(api));
            Projections.awaitCaughtUp(api);
        }
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.read(response.body());
    }

    @Test
    void theMatrixReallyHitsTheRoundingBoundaries() {
        Set<BigDecimal> percentages = new HashSet<>();
        Set<BigDecimal> means = new HashSet<>();
        for (int p = 0; p < MATRIX.length; p++) {
            if (!MATRIX[p].equals("nnnnn")) {
                percentages.add(exactPercentage(row(p)));
            }
        }
        for (int i = 0; i < 5; i++) {
            means.add(exactMean(column(i)));
        }
        assertThat(percentages).contains(new BigDecimal("62.5"));
        assertThat(means).contains(new BigDecimal("0.125"));
    }

    @Test
    void itemLinesPageWhilePartyLinesAndAveragesCoverEveryItem() {
        JsonNode whole = get("/api/scorecard?body=" + fixture.body);
        assertThat(whole.get("itemTotal").asLong()).isEqualTo(5);
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            JsonNode slice = get("/api/scorecard?size=2&page=" + page + "&body=" + fixture.body);
            assertThat(slice.get("itemTotal").asLong()).isEqualTo(5);
            assertThat(slice.get("parties")).isEqualTo(whole.get("parties"));
            assertThat(slice.get("overall")).isEqualTo(whole.get("overall"));
            paged.addAll(Json.texts(slice.get("items"), "id"));
        }
        assertThat(paged).isEqualTo(Json.texts(whole.get("items"), "id"));
        JsonNode party =
                get("/api/parties/" + fixture.parties.get(0) + "/scorecard?size=2&page=2&body=" + fixture.body);
        assertThat(party.get("scoreTotal").asLong()).isEqualTo(5);
        assertThat(party.get("scores")).hasSize(1);
        assertThat(api.get("/api/scorecard?size=0").statusCode()).isEqualTo(400);
    }

    @Test
    void partyAveragesFollowTheResearchGroupRules() {
        JsonNode scorecard = get("/api/scorecard?body=" + fixture.body);
        JsonNode parties = scorecard.get("parties");
        assertThat(parties).hasSize(10);
        for (int p = 0; p < MATRIX.length; p++) {
            JsonNode line = find(parties, "code", fixture.parties.get(p));
            assertCompliance(line.get("compliance"), row(p), "party " + p);
            assertThat(line.get("statusCounts").get("ADOPTED").asLong()).isEqualTo(2);
            assertThat(line.get("statusCounts").get("STALLED").asLong()).isEqualTo(1);
        }
    }

    @Test
    void itemAndOverallAveragesFollowTheResearchGroupRules() {
        JsonNode scorecard = get("/api/scorecard?body=" + fixture.body);
        for (int i = 0; i < 5; i++) {
            JsonNode line = find(scorecard.get("items"), "id", fixture.items.get(i));
            assertCompliance(line.get("compliance"), column(i), "item " + i);
            assertThat(line.get("status").asString()).isEqualTo(STATUSES[i]);
            assertThat(line.get("scores").get(fixture.parties.get(7)).asString())
                    .isEqualTo("n/a");
        }
        List<Character> all = new ArrayList<>();
        IntStream.range(0, MATRIX.length).forEach(p -> all.addAll(row(p)));
        assertCompliance(scorecard.get("overall"), all, "overall");
    }

    @Test
    void onePartysScorecardListsItsScores() {
        JsonNode card = get("/api/parties/" + fixture.parties.get(0) + "/scorecard?body=" + fixture.body);
        assertCompliance(card.get("compliance"), row(0), "party 0");
        assertThat(card.get("scores")).hasSize(5);
        assertThat(card.get("statusCounts").get("IMPLEMENTED").asLong()).isEqualTo(1);
        assertThat(api.get("/api/parties/NOBODY-" + fixture.body + "/scorecard").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theLatestAssessmentCountsAndPeriodsCanBeSeparated() {
        // Party 5 was first assessed +1 on item 0 for the interim period, then -1 for the final one.
        JsonNode interim = get("/api/scorecard?body=" + fixture.body + "&period=INTERIM");
        assertThat(interim.get("items")).hasSize(1);
        assertThat(interim.get("overall").get("average").decimalValue()).isEqualByComparingTo("1.00");
        JsonNode before = get("/api/scorecard?body=" + fixture.body + "&knownAt=" + fixture.afterInterim);
        assertThat(before.get("overall").get("scored").asInt()).isEqualTo(1);
        assertThat(before.get("overall").get("percentage").decimalValue()).isEqualByComparingTo("100");
    }

    private static void assertCompliance(JsonNode compliance, List<Character> cells, String what) {
        List<Character> scored = cells.stream().filter(c -> c != 'n').toList();
        assertThat(compliance.get("scored").asInt()).as(what).isEqualTo(scored.size());
        assertThat(compliance.get("notApplicable").asInt()).as(what).isEqualTo(cells.size() - scored.size());
        if (scored.isEmpty()) {
            assertThat(compliance.get("average").isNull()).as(what).isTrue();
            assertThat(compliance.get("percentage").isNull()).as(what).isTrue();
            return;
        }
        BigDecimal mean = exactMean(cells);
        assertThat(compliance.get("average").decimalValue())
                .as(what + " average")
                .isEqualTo(mean.setScale(2, RoundingMode.HALF_UP));
        assertThat(compliance.get("percentage").decimalValue())
                .as(what + " percentage")
                .isEqualByComparingTo(exactPercentage(cells).setScale(0, RoundingMode.HALF_UP));
    }

    private static BigDecimal exactMean(List<Character> cells) {
        List<Integer> values = cells.stream()
                .filter(c -> c != 'n')
                .map(c -> c == '+' ? 1 : c == '-' ? -1 : 0)
                .toList();
        BigDecimal sum =
                BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum());
        return sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128)
                .stripTrailingZeros();
    }

    private static BigDecimal exactPercentage(List<Character> cells) {
        return exactMean(cells)
                .add(BigDecimal.ONE)
                .divide(BigDecimal.TWO, MathContext.DECIMAL128)
                .multiply(BigDecimal.valueOf(100))
                .stripTrailingZeros();
    }

    private static List<Character> row(int party) {
        return MATRIX[party].chars().mapToObj(c -> (char) c).toList();
    }

    private static List<Character> column(int item) {
        return IntStream.range(0, MATRIX.length)
                .mapToObj(p -> MATRIX[p].charAt(item))
                .toList();
    }

    private static JsonNode find(JsonNode lines, String field, String value) {
        for (JsonNode line : lines) {
            if (line.get(field).asString().equals(value)) {
                return line;
            }
        }
        throw new AssertionError(value + " missing from " + lines);
    }
}
