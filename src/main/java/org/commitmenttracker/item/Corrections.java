package org.commitmenttracker.item;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.RegisterDates;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * Checks a correction's new value against the field it replaces, and turns the text a monitor sends (lists
 * comma-separated, dates as {@link WorldDate#parse} reads them) into a typed value.
 */
final class Corrections {

    private static final Set<CorrectableField> DECISION_ONLY =
            Set.of(CorrectableField.TITLE_ORIGINAL, CorrectableField.BINDS);

    private Corrections() {}

    static CorrectedValue normalise(ItemKind kind, CorrectableField field, String value, References references) {
        if (DECISION_ONLY.contains(field) && kind != ItemKind.DECISION
                || (field == CorrectableField.PERSON || field == CorrectableField.PERSON_RU)
                        && kind == ItemKind.DECISION
                || field == CorrectableField.DUE && (kind == ItemKind.PROPOSAL || kind == ItemKind.STATEMENT)) {
            throw new InvalidField("field", "a " + kind + " has no " + field);
        }
        String text = value.strip();
        if (field == CorrectableField.TITLE
                || field == CorrectableField.ACTOR
                || field == CorrectableField.WORLD_DATE) {
            require(!text.isEmpty(), "must not be blank");
        }
        return switch (field) {
            case TITLE -> new CorrectedValue.Title(text);
            case ACTOR -> {
                references.requireActor("value", text);
                yield new CorrectedValue.Actor(text);
            }
            case WORLD_DATE -> new CorrectedValue.Redated(date(text));
            case DUE -> new CorrectedValue.Due(text.isEmpty() ? null : date(text));
            case THEMES -> new CorrectedValue.Themes(checkedList(text, Themes.PATTERN, Themes.MESSAGE));
            case BINDS -> {
                List<String> codes = checkedList(text, PartyCodes.PATTERN, PartyCodes.MESSAGE);
                references.requireParties("value", codes);
                yield new CorrectedValue.Binds(codes);
            }
            case TITLE_ORIGINAL -> new CorrectedValue.TitleOriginal(text);
            case TEXT -> new CorrectedValue.Text(text);
            case PERSON -> new CorrectedValue.Person(text);
            case PERSON_RU -> {
                require(text.length() <= 200, "a name in Russian has at most 200 characters");
                yield new CorrectedValue.PersonRu(text.isEmpty() ? null : text);
            }
        };
    }

    static List<String> list(String value) {
        return value.isBlank()
                ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static List<String> checkedList(String text, String pattern, String message) {
        List<String> entries = list(text);
        require(entries.stream().allMatch(entry -> entry.matches(pattern)), "each entry " + message);
        return entries;
    }

    private static WorldDate date(String text) {
        WorldDate date;
        try {
            date = WorldDate.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidField("value", "must be a date written 2022-01-10, 2022-01 or 2022");
        }
        require(RegisterDates.contains(date.date()), "must be a date " + RegisterDates.RANGE);
        return date;
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidField("value", reason);
        }
    }
}
