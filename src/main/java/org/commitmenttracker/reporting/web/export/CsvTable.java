package org.commitmenttracker.reporting.web.export;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A header and rows, printed by commons-csv (RFC 4180 quoting) and encoded as UTF-8. Every export passes here, so
 * formula injection is neutralised in this one place.
 */
record CsvTable(List<String> header, List<List<?>> rows) {

    /** A plain number such as "-1" or "+1" (scores) is data in every spreadsheet, not a formula. */
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    byte[] bytes() {
        StringWriter out = new StringWriter();
        // Every cell quoted, so a neutralised cell stays one quoted text value (OWASP CSV injection).
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setQuoteMode(QuoteMode.ALL)
                .setHeader(header.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(CsvTable::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Lists join with "; " so a cell stays one value; absent values are empty cells. */
    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return neutralised(
                    String.join("; ", list.stream().map(String::valueOf).toList()));
        }
        return neutralised(value.toString());
    }

    /**
     * A cell starting with = + - @, a tab or a carriage return is run as a formula by Excel, LibreOffice and Google
     * Sheets when the file is opened (OWASP "CSV Injection"). Titles and names come from the register's users, so such
     * a cell gets a leading single quote, which every spreadsheet shows as text. JSON exports are left exact.
     */
    static String neutralised(String text) {
        if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }
}
