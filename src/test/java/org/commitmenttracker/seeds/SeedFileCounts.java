package org.commitmenttracker.seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The seed files in the project's seeds/ folder, parsed as plain YAML trees, never through the loader's types: what the
 * register must hold is counted here on its own.
 */
record SeedFileCounts(List<String> names, List<JsonNode> trees) {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    static SeedFileCounts readBundledSources() {
        try (Stream<Path> listing = Files.list(Path.of("seeds"))) {
            List<Path> paths = listing.filter(path -> path.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
            return new SeedFileCounts(
                    paths.stream().map(path -> path.getFileName().toString()).toList(),
                    paths.stream().map(SeedFileCounts::parse).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(Path path) {
        try {
            return YAML.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> records(String section) {
        return trees.stream().flatMap(tree -> tree.path(section).valueStream()).toList();
    }

    long count(String section) {
        return records(section).size();
    }

    Set<String> distinct(String section, String field) {
        return new TreeSet<>(records(section).stream()
                .map(record -> record.get(field).asString())
                .toList());
    }

    List<String> sessionKeys() {
        return records("sessions").stream()
                .map(session -> session.get("key").asString())
                .toList();
    }

    /** Items of one kind at one session; a null session means at any session or none. */
    long items(String session, String kind) {
        return records("items").stream()
                .filter(item -> item.get("kind").asString().equals(kind))
                .filter(item ->
                        session == null || session.equals(item.path("session").asString(null)))
                .count();
    }

    long itemsWithoutSession() {
        return records("items").stream()
                .filter(item -> item.path("session").isMissingNode())
                .count();
    }

    /**
     * One event per distinct party and body, and per session, item, link, follow-up, status change and outcome count.
     */
    long expectedEvents() {
        return distinct("parties", "code").size()
                + distinct("bodies", "code").size()
                + Stream.of("sessions", "items", "links", "followUps", "statusChanges", "outcomes")
                        .mapToLong(this::count)
                        .sum();
    }
}
