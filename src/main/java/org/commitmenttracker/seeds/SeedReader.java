package org.commitmenttracker.seeds;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a seed file into {@link SeedFile}, refusing it whole at the first problem: YAML that is not well-formed, an
 * unknown or misspelt field, a value of the wrong type or outside an enum, or a record without its key or line.
 */
@Component
class SeedReader {

    private static final Pattern RECORD_PATH = Pattern.compile("(\\w+)\\[(\\d+)](?:\\.(.*))?");

    private final YAMLMapper yaml = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private final Validator validator;

    SeedReader(Validator validator) {
        this.validator = validator;
    }

    /** A file that was read, with where its records stand in it, for messages about them. */
    record Parsed(String fileName, SeedFile file, SeedLines lines) {}

    Parsed read(String fileName, String text) {
        JsonNode tree;
        try {
            tree = yaml.readTree(text);
        } catch (JacksonException e) {
            String at =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + " of the seed file)";
            throw new SeedRejected(
                    fileName,
                    SeedRecords.WHOLE_FILE,
                    "-",
                    "is not well-formed YAML" + at + ": " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject()) {
            throw new SeedRejected(
                    fileName,
                    SeedRecords.WHOLE_FILE,
                    "-",
                    "must be a YAML mapping with source, parties, bodies, sessions, items ... (see seeds/README.md)");
        }
        SeedLines lines = SeedLines.of(yaml, text);
        SeedFile file;
        try {
            file = yaml.readValue(text, SeedFile.class);
        } catch (JacksonException e) {
            throw unreadable(fileName, tree, lines, e);
        }
        List<ConstraintViolation<SeedFile>> violations = validator.validate(file).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .toList();
        if (!violations.isEmpty()) {
            throw invalid(fileName, tree, lines, violations.getFirst());
        }
        return new Parsed(fileName, file, lines);
    }

    private static SeedRejected unreadable(String fileName, JsonNode tree, SeedLines lines, JacksonException error) {
        List<JacksonException.Reference> path = error.getPath();
        Integer line = lines.line(path.stream()
                .map(ref -> "/" + (ref.getPropertyName() != null ? ref.getPropertyName() : ref.getIndex()))
                .collect(Collectors.joining()));
        String reason = SeedRecords.reason(error) + (line == null ? "" : " (line " + line + " of the seed file)");
        if (path.size() >= 2 && path.get(1).getIndex() >= 0) {
            String section = path.getFirst().getPropertyName();
            int index = path.get(1).getIndex();
            return new SeedRejected(
                    fileName,
                    lines.record(section, index, SeedRecords.key(tree, section, index)),
                    SeedRecords.join(path.subList(2, path.size())),
                    reason);
        }
        if (path.size() >= 2) {
            return new SeedRejected(
                    fileName,
                    path.getFirst().getPropertyName(),
                    SeedRecords.join(path.subList(1, path.size())),
                    reason);
        }
        return new SeedRejected(fileName, SeedRecords.WHOLE_FILE, SeedRecords.join(path), reason);
    }

    private static SeedRejected invalid(
            String fileName, JsonNode tree, SeedLines lines, ConstraintViolation<SeedFile> violation) {
        String path = SeedRecords.clean(violation.getPropertyPath().toString());
        Matcher record = RECORD_PATH.matcher(path);
        if (record.matches()) {
            String section = record.group(1);
            int index = Integer.parseInt(record.group(2));
            return new SeedRejected(
                    fileName,
                    lines.record(section, index, SeedRecords.key(tree, section, index)),
                    record.group(3) == null ? "-" : record.group(3),
                    violation.getMessage());
        }
        return new SeedRejected(fileName, SeedRecords.WHOLE_FILE, path, violation.getMessage());
    }
}
