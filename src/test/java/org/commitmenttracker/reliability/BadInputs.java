package org.commitmenttracker.reliability;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * Seeded generator of bad command bodies: malformed JSON, wrong types, huge strings, unknown enum values, invalid dates
 * and control characters, each made from a valid body so that everything else in the request is right. The same seed
 * always produces the same requests.
 */
final class BadInputs {

    enum Kind {
        MALFORMED,
        WRONG_TYPE,
        HUGE,
        UNKNOWN_ENUM,
        INVALID_DATE,
        CONTROL_CHARACTERS,
        UNKNOWN_FIELD
    }

    record BadBody(Kind kind, String description, String body) {}

    static final Set<String> ENUM_FIELDS =
            Set.of("kind", "format", "precision", "to", "stance", "period", "score", "relation", "field");
    static final Set<String> DATE_FIELDS = Set.of("date", "publishedOn");
    private static final String HOLE = "__fuzz__";
    private static final List<String> MALFORMED = List.of(
            "",
            " ",
            "null",
            "[]",
            "42",
            "\"text\"",
            "{",
            "}",
            "{\"a\":}",
            "{\"a\" 1}",
            "{'title': 'x'}",
            "{\"title\": \"x\",}",
            "{\"title\": NaN}",
            "\uFEFF{}",
            "{\"title\": \"x\"}}",
            "[".repeat(5000) + "]".repeat(5000),
            "{\"a\":" + "{\"a\":".repeat(3000) + "1" + "}".repeat(3001));
    private static final List<String> WRONG_VALUES = List.of(
            "123",
            "-1",
            "1.5e300",
            "1e400",
            "true",
            "null",
            "[]",
            "{}",
            "\"text\"",
            "[1, 2]",
            "{\"x\": 1}",
            "99999999999999999999999",
            "\"" + "9".repeat(2000) + "\"",
            "-0.0");
    private static final List<String> ENUM_VALUES = List.of(
            "UNKNOWN",
            "",
            " ",
            "adopted",
            "STATE ",
            " DAY",
            "Day",
            "1",
            "+2",
            "N/A",
            "\\u0000",
            "\\ud83d\\ude42",
            "DAY\\u0000",
            "null");
    private static final List<String> DATES = List.of(
            "2022-13-01",
            "2022-02-30",
            "2022-00-10",
            "20220110",
            "10.01.2022",
            "yesterday",
            "",
            "2022-01-10T00:00:00Z",
            "+1000000000-01-01",
            "-999999999-01-01",
            "0000-00-00",
            "2022-1-1",
            "2022-01-10\\u0000",
            "９９９９-01-01");
    private static final int[] HUGE_LENGTHS = {1_001, 8_001, 100_000, 1_000_000};

    private final Random random;

    BadInputs(long seed) {
        this.random = new Random(seed);
    }

    BadBody next(JsonNode valid) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        JsonNode tree = valid.deepCopy();
        List<JsonSlots> slots = JsonSlots.of(tree);
        return switch (kind) {
            case MALFORMED -> malformed(tree.toString());
            case WRONG_TYPE -> replace(kind, tree, pick(slots), slot -> pickFrom(WRONG_VALUES));
            case HUGE -> replace(kind, tree, pick(strings(slots)), slot -> huge());
            case UNKNOWN_ENUM ->
                replace(kind, tree, pick(named(slots, ENUM_FIELDS)), slot -> quoted(pickFrom(ENUM_VALUES)));
            case INVALID_DATE ->
                replace(
                        kind,
                        tree,
                        pick(named(slots, DATE_FIELDS)),
                        slot -> random.nextInt(5) == 0 ? "20220110" : quoted(pickFrom(DATES)));
            case CONTROL_CHARACTERS -> replace(kind, tree, pick(strings(slots)), slot -> controlCharacters());
            case UNKNOWN_FIELD ->
                new BadBody(
                        kind,
                        "unknown field",
                        tree.toString().replaceFirst("\\{", "{\"unexpected" + random.nextInt(100) + "\": 1, "));
        };
    }

    private BadBody malformed(String valid) {
        return switch (random.nextInt(4)) {
            case 0 -> new BadBody(Kind.MALFORMED, "cut short", valid.substring(0, random.nextInt(valid.length())));
            case 1 -> {
                int at = random.nextInt(valid.length());
                yield new BadBody(
                        Kind.MALFORMED,
                        "stray character",
                        valid.substring(0, at) + "{}[],:\"\\".charAt(random.nextInt(8)) + valid.substring(at));
            }
            case 2 -> {
                int at = random.nextInt(valid.length());
                yield new BadBody(
                        Kind.MALFORMED, "character removed", valid.substring(0, at) + valid.substring(at + 1));
            }
            default -> {
                String body = pickFrom(MALFORMED);
                yield new BadBody(Kind.MALFORMED, "not a JSON object: " + abbreviate(body), body);
            }
        };
    }

    /** Puts raw JSON text in one slot; the text may be anything, including what a JSON writer would refuse. */
    private BadBody replace(Kind kind, JsonNode tree, JsonSlots slot, Function<JsonSlots, String> rawValue) {
        if (slot == null) {
            return new BadBody(
                    Kind.UNKNOWN_FIELD,
                    "unknown field (no slot for " + kind + ")",
                    tree.toString().replaceFirst("\\{", "{\"unexpected\": true, "));
        }
        String raw = rawValue.apply(slot);
        slot.set(StringNode.valueOf(HOLE));
        return new BadBody(
                kind, slot.path() + " = " + abbreviate(raw), tree.toString().replace("\"" + HOLE + "\"", raw));
    }

    private String huge() {
        int length = HUGE_LENGTHS[random.nextInt(HUGE_LENGTHS.length)];
        char filler = random.nextBoolean() ? 'a' : 'Ж';
        return quoted(String.valueOf(filler).repeat(length));
    }

    /** Control characters, escaped as JSON allows, or raw as it does not. */
    private String controlCharacters() {
        int[] nasty = {
            0x00, 0x01, 0x07, 0x08, 0x0b, 0x0c, 0x1b, 0x1f, 0x7f, 0x85, 0x9f, 0x2028, 0x2029, 0x202e, 0xfeff, 0xfffe,
            0xffff, 0xd800, 0xdbff, 0xdc00, 0xdfff
        };
        String escaped = IntStream.range(0, 1 + random.nextInt(6))
                .mapToObj(i -> "\\u%04x".formatted(nasty[random.nextInt(nasty.length)]))
                .collect(Collectors.joining("", "Text", "end"));
        return random.nextInt(4) == 0 ? quoted("raw\u0001\u001b\ttab") : quoted(escaped);
    }

    private JsonSlots pick(List<JsonSlots> slots) {
        return slots.isEmpty() ? null : slots.get(random.nextInt(slots.size()));
    }

    private String pickFrom(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<JsonSlots> strings(List<JsonSlots> slots) {
        return slots.stream().filter(s -> s.value().isString()).toList();
    }

    private static List<JsonSlots> named(List<JsonSlots> slots, Set<String> names) {
        return slots.stream().filter(s -> names.contains(s.name())).toList();
    }

    private static String quoted(String text) {
        return "\"" + text + "\"";
    }

    static String abbreviate(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() <= 60 ? printable : printable.substring(0, 60) + "...(" + text.length() + " chars)";
    }
}
