package org.commitmenttracker.seeds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.commitmenttracker.shared.provenance.Source;

/**
 * The provenance of each seeded fact: the published document (title, publisher, address) and the paragraph of it the
 * record comes from, then the line of the bundled copy of its text as a secondary reference. Lines the commands have no
 * field for (a figure's, a participant's) go into the locator, so nothing the seed author traced back is lost.
 */
final class SeedSources {

    private SeedSources() {}

    static Source at(SeedFile.Source document, Integer line, String... remarks) {
        List<String> parts = new ArrayList<>();
        String copy = (document.file() == null ? "" : "bundled copy " + document.file() + ", ") + "line " + line;
        parts.add(place(document.paragraphs(), line)
                .map(place -> place + " (" + copy + ")")
                .orElse(copy));
        for (String remark : remarks) {
            if (remark != null && !remark.isBlank()) {
                parts.add(remark);
            }
        }
        return new Source(
                document.title(),
                document.publisher(),
                document.url(),
                document.publishedOn(),
                String.join("; ", parts));
    }

    /**
     * A membership change is cited like any record when the document states it. One seeded from the public record names
     * the document only as the file it was seeded with, and says in the locator that the document does not state it.
     */
    static Source membership(SeedFile.Source document, SeedFile.Membership change) {
        if (change.line() != null) {
            return at(document, change.line(), publicRecord(change.fromPublicRecord()));
        }
        return new Source(
                document.title(),
                document.publisher(),
                document.url(),
                document.publishedOn(),
                "not stated in this document; " + publicRecord(change.fromPublicRecord()));
    }

    private static String publicRecord(String what) {
        return what == null ? null : what + " from the public record";
    }

    /** "para. 17" or "heading"; empty when the file does not say how its lines map to paragraphs. */
    static Optional<String> place(SeedFile.Paragraphs paragraphs, int line) {
        if (paragraphs == null) {
            return Optional.empty();
        }
        if (line < paragraphs.firstLine()) {
            return Optional.of("heading");
        }
        List<Integer> blank = paragraphs.blankLines() == null ? List.of() : paragraphs.blankLines();
        long skipped = blank.stream()
                .filter(b -> b > paragraphs.firstLine() && b < line)
                .count();
        return Optional.of("para. " + (line - paragraphs.firstLine() + 1 - skipped));
    }

    /** "also para. 63 (line 71)" for the further places of one statement, or null. */
    static String also(SeedFile.Source document, List<Integer> lines) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        return "also "
                + lines.stream()
                        .map(line -> place(document.paragraphs(), line)
                                .map(place -> place + " (line " + line + ")")
                                .orElse("line " + line))
                        .collect(Collectors.joining(", "));
    }

    /** "figures at lines 43, 44" / "handover at line 19" / null when there is none. */
    static String lines(String what, Collection<Integer> lines) {
        List<Integer> distinct =
                lines.stream().filter(Objects::nonNull).distinct().sorted().toList();
        if (distinct.isEmpty()) {
            return null;
        }
        return what + " at line" + (distinct.size() == 1 ? " " : "s ")
                + distinct.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
