package org.commitmenttracker.seeds;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Russian names of the people the seed files name, each given once in a {@code people} section of any file and
 * looked up by the Latin spelling the records use. Loading several files together resolves a name across them, so a
 * person who speaks in every file is spelt in Russian in one place only.
 */
final class SeedPeople {

    private final Map<String, String> russian;

    private SeedPeople(Map<String, String> russian) {
        this.russian = russian;
    }

    /** The names of these files; one name spelt two ways in Russian is refused, naming the second place. */
    static SeedPeople of(List<SeedReader.Parsed> files) {
        Map<String, String> russian = new HashMap<>();
        for (SeedReader.Parsed parsed : files) {
            List<SeedFile.Person> people = parsed.file().people();
            for (int i = 0; i < people.size(); i++) {
                SeedFile.Person person = people.get(i);
                String earlier = russian.putIfAbsent(person.name(), person.nameRu());
                if (earlier != null && !earlier.equals(person.nameRu())) {
                    throw new SeedRejected(
                            parsed.fileName(),
                            parsed.lines().record("people", i, person.name()),
                            "nameRu",
                            "\"" + person.name() + "\" is already written \"" + earlier + "\" in Russian");
                }
            }
        }
        return new SeedPeople(Map.copyOf(russian));
    }

    /** The Russian name of a person the records name in Latin letters; null for none, or when none is given. */
    String russian(String person) {
        return person == null ? null : russian.get(person);
    }
}
