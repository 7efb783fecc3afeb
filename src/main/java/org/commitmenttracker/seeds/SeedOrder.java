package org.commitmenttracker.seeds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The order in which several seed files are loaded: a file that defines a key another file names comes first, whatever
 * the file names say; otherwise the file whose events happened earlier comes first (its earliest session, else its
 * publication date; undated files last, then by name). So a 2020 transcript can link to a 2019 decision although it
 * sorts before the 2019 report by name, and each file still loads as one transaction on its own.
 */
final class SeedOrder {

    private SeedOrder() {}

    /** The parsed files in loading order; a ring of files that each need another's keys is refused. */
    static List<SeedReader.Parsed> of(List<SeedReader.Parsed> files) {
        Map<String, SeedReader.Parsed> definedBy = new HashMap<>();
        for (SeedReader.Parsed file : files) {
            defined(file.file()).forEach(key -> definedBy.putIfAbsent(key, file));
        }
        Map<SeedReader.Parsed, Set<SeedReader.Parsed>> needs = new HashMap<>();
        for (SeedReader.Parsed file : files) {
            Set<SeedReader.Parsed> before = new HashSet<>();
            Set<String> own = defined(file.file());
            referenced(file.file()).filter(key -> !own.contains(key)).forEach(key -> {
                SeedReader.Parsed other = definedBy.get(key);
                if (other != null && other != file) {
                    before.add(other);
                }
            });
            needs.put(file, before);
        }
        PriorityQueue<SeedReader.Parsed> ready = new PriorityQueue<>(chronological());
        files.stream().filter(file -> needs.get(file).isEmpty()).forEach(ready::add);
        List<SeedReader.Parsed> ordered = new ArrayList<>();
        while (!ready.isEmpty()) {
            SeedReader.Parsed next = ready.poll();
            ordered.add(next);
            for (SeedReader.Parsed file : files) {
                if (needs.get(file).remove(next) && needs.get(file).isEmpty()) {
                    ready.add(file);
                }
            }
        }
        if (ordered.size() < files.size()) {
            SeedReader.Parsed stuck = files.stream()
                    .filter(file -> !ordered.contains(file))
                    .findFirst()
                    .orElseThrow();
            throw new SeedRejected(
                    stuck.fileName(),
                    SeedRecords.WHOLE_FILE,
                    "-",
                    "refers to keys of a file that in turn refers to keys of this one; no loading order satisfies both");
        }
        return ordered;
    }

    /** When the file's events happened: its earliest session, else its publication; null when it gives neither. */
    static LocalDate when(SeedFile file) {
        return file.sessions().stream()
                .map(SeedFile.Session::date)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(file.source() == null ? null : file.source().publishedOn());
    }

    private static Comparator<SeedReader.Parsed> chronological() {
        return Comparator.comparing(
                        (SeedReader.Parsed parsed) -> when(parsed.file()),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SeedReader.Parsed::fileName);
    }

    private static Set<String> defined(SeedFile file) {
        Set<String> keys = new HashSet<>();
        file.sessions().forEach(session -> keys.add(SeedPlan.SESSION + ":" + session.key()));
        file.items().forEach(item -> keys.add(SeedPlan.ITEM + ":" + item.key()));
        return keys;
    }

    private static Stream<String> referenced(SeedFile file) {
        Stream<String> sessions = Stream.of(
                        file.items().stream().map(SeedFile.Item::session),
                        file.followUps().stream().map(SeedFile.FollowUp::session),
                        file.outcomes().stream().map(SeedFile.Outcome::session))
                .flatMap(keys -> keys)
                .filter(Objects::nonNull)
                .map(key -> SeedPlan.SESSION + ":" + key);
        Stream<String> items = Stream.of(
                        file.items().stream().map(SeedFile.Item::implementsKey),
                        file.links().stream().flatMap(link -> Stream.of(link.from(), link.to())),
                        file.followUps().stream().map(SeedFile.FollowUp::item),
                        file.statusChanges().stream().map(SeedFile.StatusChange::item))
                .flatMap(keys -> keys)
                .filter(Objects::nonNull)
                .map(key -> SeedPlan.ITEM + ":" + key);
        return Stream.concat(sessions, items);
    }
}
