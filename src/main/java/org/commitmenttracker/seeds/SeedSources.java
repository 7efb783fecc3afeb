package org.commitmenttracker.seeds;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.commitmenttracker.shared.provenance.Source;

/**
 * The provenance of each seeded fact: the file's source document, located by the line of the record. Lines the commands
 * have no field for (a figure's, a participant's) go into the locator, so nothing the seed author traced back to the
 * document is lost.
 */
final class SeedSources {

    private SeedSources() {}

    static Source at(SeedFile.Source document, Integer line, String... remarks) {
        List<String> parts = new ArrayList<>();
        parts.add((document.file() == null ? "" : document.file() + ", ") + "line " + line);
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
