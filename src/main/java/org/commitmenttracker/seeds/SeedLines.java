package org.commitmenttracker.seeds;

import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Where each record and field starts in the seed file. Jackson reports a record's problems at the end of the record, so
 * the lines are found here by walking the YAML once, by JSON pointer.
 */
final class SeedLines {

    private final Map<String, Integer> lines;

    private SeedLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** Indexes a well-formed file; call only after it was parsed once. */
    static SeedLines of(YAMLMapper yaml, String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = yaml.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                lines.putIfAbsent(
                        parser.streamReadContext().pathAsPointer().toString(),
                        parser.currentTokenLocation().getLineNr());
            }
        }
        return new SeedLines(lines);
    }

    /** "/items/1/titel" gives the line of that field, "/items/1" of the record; null when unknown. */
    Integer line(String pointer) {
        return lines.get(pointer);
    }

    /** A record as refusals name it: "test-pledge-1 (items[1], line 35)". */
    String record(String section, int index, String key) {
        Integer line = line("/" + section + "/" + index);
        String place = section + "[" + index + "]" + (line == null ? "" : ", line " + line);
        return key == null || key.isBlank() ? place : key + " (" + place + ")";
    }
}
