package org.commitmenttracker.item;

import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The new value a correction states, one shape per correctable field: text, a list of codes or themes, or a world date.
 * Readers switch over the shapes instead of parsing text.
 */
public sealed interface CorrectedValue {

    CorrectableField field();

    /** The value in words, as histories and the audit log show it: lists comma-joined, dates as written. */
    String text();

    /** The value in the event's JSON: a list of strings for THEMES and BINDS, otherwise a string. */
    default Object json() {
        return text();
    }

    /**
     * Reads the value of a stored correction. Revision 1 stored every value as text, lists joined by commas; revision 2
     * stores lists as lists. Both load, so no stored event is rewritten.
     */
    static CorrectedValue read(CorrectableField field, Object stored) {
        String text = stored instanceof String string ? string : null;
        return switch (field) {
            case TITLE -> new Title(text);
            case TITLE_ORIGINAL -> new TitleOriginal(text);
            case TEXT -> new Text(text);
            case ACTOR -> new Actor(text);
            case PERSON -> new Person(text);
            case PERSON_RU -> new PersonRu(text);
            case THEMES -> new Themes(list(stored));
            case BINDS -> new Binds(list(stored));
            case DUE -> new Due(text == null || text.isBlank() ? null : WorldDate.parse(text));
            case WORLD_DATE -> new Redated(WorldDate.parse(text));
        };
    }

    private static List<String> list(Object stored) {
        if (stored instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        String joined = (String) stored;
        return joined == null || joined.isBlank()
                ? List.of()
                : Arrays.stream(joined.split(",")).map(String::strip).toList();
    }

    record Title(String title) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.TITLE;
        }

        public String text() {
            return title;
        }
    }

    record TitleOriginal(String titleOriginal) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.TITLE_ORIGINAL;
        }

        public String text() {
            return titleOriginal;
        }
    }

    record Text(String text) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.TEXT;
        }
    }

    record Actor(String actor) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.ACTOR;
        }

        public String text() {
            return actor;
        }
    }

    record Person(String person) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.PERSON;
        }

        public String text() {
            return person;
        }
    }

    /** The person's name in Russian; blank when the correction says there is none. */
    record PersonRu(String personRu) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.PERSON_RU;
        }

        public String text() {
            return personRu;
        }
    }

    record Themes(List<String> themes) implements CorrectedValue {
        public Themes {
            themes = List.copyOf(themes);
        }

        public CorrectableField field() {
            return CorrectableField.THEMES;
        }

        public String text() {
            return String.join(",", themes);
        }

        public Object json() {
            return themes;
        }
    }

    record Binds(List<String> parties) implements CorrectedValue {
        public Binds {
            parties = List.copyOf(parties);
        }

        public CorrectableField field() {
            return CorrectableField.BINDS;
        }

        public String text() {
            return String.join(",", parties);
        }

        public Object json() {
            return parties;
        }
    }

    /** A new due date; null when the correction says there is none. */
    record Due(WorldDate due) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.DUE;
        }

        public String text() {
            return due == null ? "" : due.toString();
        }
    }

    /** A new world date for the dated fact the correction names. */
    record Redated(WorldDate worldDate) implements CorrectedValue {
        public CorrectableField field() {
            return CorrectableField.WORLD_DATE;
        }

        public String text() {
            return worldDate.toString();
        }
    }
}
