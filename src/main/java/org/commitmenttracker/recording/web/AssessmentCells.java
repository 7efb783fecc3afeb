package org.commitmenttracker.recording.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.commitmenttracker.item.AssessParty;
import org.commitmenttracker.item.Compliance;
import org.commitmenttracker.recording.CommandRecorder.Labelled;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.InvalidFields;
import org.springframework.stereotype.Component;

/**
 * Turns an {@link AssessmentTable} into one {@link AssessParty} per filled cell, after checking every cell: a refusal
 * names each bad cell by row and column (for JSON {@code rows[2].scores.ARM}, for CSV {@code csv row 2, column ARM},
 * counting data rows from 1), and nothing is sent until all are readable.
 */
@Component
class AssessmentCells {

    private final Validator validator;

    AssessmentCells(Validator validator) {
        this.validator = validator;
    }

    private record Cell(String label, String item, String party, String score) {}

    List<Labelled> commands(AssessmentTable table) {
        List<InvalidField> refused = new ArrayList<>();
        for (ConstraintViolation<AssessmentTable> violation : validator.validate(table)) {
            refused.add(new InvalidField(
                    violation
                            .getPropertyPath()
                            .toString()
                            .replace(".<list element>", "")
                            .replace("<map value>", ""),
                    violation.getMessage()));
        }
        if ((table.rows() == null) == (table.csv() == null)) {
            refused.add(new InvalidField("rows", "send the cells either as rows or as csv, not both or neither"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidFields(refused);
        }
        List<Cell> cells = table.rows() != null ? fromRows(table) : fromCsv(table.csv(), refused);
        if (cells.size() > AssessmentTable.MAX_CELLS) {
            refused.add(
                    new InvalidField("rows", "holds " + cells.size() + " cells; at most " + AssessmentTable.MAX_CELLS));
        }
        List<Labelled> commands = new ArrayList<>();
        for (Cell cell : cells) {
            if (cell.score().isBlank()) {
                continue;
            }
            String problem = problem(cell);
            if (problem != null) {
                refused.add(new InvalidField(cell.label(), problem));
                continue;
            }
            commands.add(new Labelled(
                    cell.label(),
                    new AssessParty(
                            cell.item(),
                            null,
                            cell.party(),
                            table.period(),
                            score(cell.score()),
                            table.note(),
                            table.worldDate(),
                            table.source()),
                    cell.item()));
        }
        if (commands.isEmpty() && refused.isEmpty()) {
            refused.add(new InvalidField("rows", "has no filled cell"));
        }
        if (!refused.isEmpty()) {
            throw new InvalidFields(refused);
        }
        return commands;
    }

    private static List<Cell> fromRows(AssessmentTable table) {
        List<Cell> cells = new ArrayList<>();
        for (int row = 0; row < table.rows().size(); row++) {
            AssessmentTable.AssessmentRow line = table.rows().get(row);
            String prefix = "rows[" + row + "].scores.";
            line.scores()
                    .forEach((party, score) ->
                            cells.add(new Cell(prefix + party, line.item(), party, score == null ? "" : score)));
        }
        return cells;
    }

    private static List<Cell> fromCsv(String csv, List<InvalidField> refused) {
        List<Cell> cells = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT
                .builder()
                .setTrim(true)
                .setIgnoreEmptyLines(true)
                .get()
                .parse(new StringReader(csv))) {
            List<CSVRecord> records = parser.getRecords();
            if (records.size() < 2) {
                refused.add(new InvalidField("csv", "needs a header row (item, then party codes) and a row per item"));
                return cells;
            }
            List<String> parties =
                    records.getFirst().toList().subList(1, records.getFirst().size());
            Set<String> seen = new HashSet<>();
            for (int column = 0; column < parties.size(); column++) {
                if (!seen.add(parties.get(column))) {
                    refused.add(new InvalidField(
                            "csv header, column " + (column + 2), "names " + parties.get(column) + " twice"));
                }
            }
            for (int row = 1; row < records.size(); row++) {
                CSVRecord record = records.get(row);
                if (record.size() != parties.size() + 1) {
                    refused.add(new InvalidField(
                            "csv row " + row,
                            "has " + record.size() + " cells; the header has " + (parties.size() + 1)));
                    continue;
                }
                for (int column = 0; column < parties.size(); column++) {
                    cells.add(new Cell(
                            "csv row " + row + ", column " + parties.get(column),
                            record.get(0),
                            parties.get(column),
                            record.get(column + 1)));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            refused.add(new InvalidField("csv", "is not readable CSV: " + e.getMessage()));
        }
        return cells;
    }

    /** What is wrong with a filled cell, or null; whether the item binds the party is the item's to say. */
    private static String problem(Cell cell) {
        if (!cell.item().matches(Ids.PATTERN)) {
            return "item " + cell.item() + " " + Ids.MESSAGE;
        }
        if (!cell.party().matches(PartyCodes.PATTERN)) {
            return "party " + cell.party() + " " + PartyCodes.MESSAGE;
        }
        return score(cell.score()) == null ? "must be one of +1, 0, -1, n/a (found " + cell.score() + ")" : null;
    }

    private static Compliance score(String text) {
        return switch (text.strip()) {
            case "+1", "1" -> Compliance.FULL;
            case "0" -> Compliance.PARTIAL;
            case "-1" -> Compliance.NON_COMPLIANCE;
            case "n/a", "N/A" -> Compliance.NOT_APPLICABLE;
            default -> null;
        };
    }
}
