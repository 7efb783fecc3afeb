package org.commitmenttracker.reporting.web.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.reporting.scorecard.ComplianceAverage;
import org.commitmenttracker.reporting.scorecard.Scorecard;

/**
 * The scorecard as a matrix: one line per party, one per item with a column per party holding its score ("+1", "0",
 * "-1", "n/a"), and a last line with the overall average.
 */
final class ScorecardCsv {

    private ScorecardCsv() {}

    static CsvTable table(Scorecard scorecard) {
        List<String> parties =
                scorecard.parties().stream().map(Scorecard.PartyLine::code).toList();
        List<String> header = new ArrayList<>(
                List.of("line", "id", "name", "status", "scored", "not_applicable", "average", "percentage"));
        header.addAll(parties);
        List<List<?>> rows = new ArrayList<>();
        for (Scorecard.PartyLine party : scorecard.parties()) {
            rows.add(row("party", party.code(), party.name(), null, party.compliance(), List.of()));
        }
        for (Scorecard.ItemLine item : scorecard.items()) {
            rows.add(row(
                    "item",
                    item.id(),
                    item.title(),
                    item.status(),
                    item.compliance(),
                    parties.stream().map(code -> item.scores().get(code)).toList()));
        }
        rows.add(row("overall", null, null, null, scorecard.overall(), List.of()));
        return new CsvTable(header, rows);
    }

    private static List<?> row(
            String line, String id, String name, String status, ComplianceAverage compliance, List<String> scores) {
        List<Object> cells = new ArrayList<>(Arrays.asList(
                line,
                id,
                name,
                status,
                compliance.scored(),
                compliance.notApplicable(),
                compliance.average(),
                compliance.percentage()));
        cells.addAll(scores);
        return cells;
    }
}
