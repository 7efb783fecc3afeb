package org.commitmenttracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Java sources fit in 120 columns, the width palantir-java-format (./mvnw spotless:apply) formats to. The formatter
 * cannot break a string literal or a text block (SQL, JSON), so a line that overflows inside one, or that holds nothing
 * but a literal too long for it, is let through; any other long line is reported with its place.
 */
class LineLengthTest {

    static final int MAX = 120;

    @Test
    void javaSourcesFitIn120Columns() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files =
                Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/test/java")))) {
            files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(file -> check(file, tooLong));
        }
        assertThat(tooLong).isEmpty();
    }

    private static void check(Path file, List<String> tooLong) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean inTextBlock = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean startsInTextBlock = inTextBlock;
            if (countTextBlockQuotes(line) % 2 == 1) {
                inTextBlock = !inTextBlock;
            }
            if (line.length() > MAX
                    && !startsInTextBlock
                    && !inTextBlock
                    && !overflowsInString(line)
                    && !line.strip().startsWith("\"")) {
                tooLong.add(file + ":" + (i + 1) + " (" + line.length() + ")");
            }
        }
    }

    private static int countTextBlockQuotes(String line) {
        int count = 0;
        for (int at = line.indexOf("\"\"\""); at >= 0; at = line.indexOf("\"\"\"", at + 3)) {
            count++;
        }
        return count;
    }

    /** Whether column 120 falls inside a string literal. */
    private static boolean overflowsInString(String line) {
        boolean inString = false;
        for (int i = 0; i < MAX; i++) {
            char c = line.charAt(i);
            if (c == '\\' && inString) {
                i++;
            } else if (c == '"') {
                inString = !inString;
            }
        }
        return inString;
    }
}
