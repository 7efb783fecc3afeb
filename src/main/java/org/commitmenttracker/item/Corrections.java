package org.commitmenttracker.item;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.provenance.RegisterDates;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * Checks a correction's new value against the field it replaces. Values travel as text so one
 * event type can correct any field; lists are comma-separated, dates use {@link WorldDate#parse}.
 */
final class Corrections {

    private static final Set<CorrectableField> DECISION_ONLY = Set.of(CorrectableField.TITLE_ORIGINAL, CorrectableField.BINDS);

    private Corrections() {
    }

    static String normalise(ItemKind kind, CorrectableField field, String value, References references) {
        if (DECISION_ONLY.contains(field) && kind != ItemKind.DECISION
                || field == CorrectableField.PERSON && kind == ItemKind.DECISION
                || field == CorrectableField.DUE && kind == ItemKind.PROPOSAL) {
            throw new InvalidField("field", "a " + kind + " has no " + field);
        }
        String text = value.strip();
        return switch (field) {
            case TITLE, ACTOR, WORLD_DATE -> {
                require(!text.isEmpty(), "must not be blank");
                if (field == CorrectableField.ACTOR) {
                    references.requireActor("value", text);
                }
                yield field == CorrectableField.WORLD_DATE ? date(text) : text;
            }
            case DUE -> text.isEmpty() ? "" : date(text);
            case THEMES -> checkedList(text, Themes.PATTERN, Themes.MESSAGE);
            case BINDS -> {
                String codes = checkedList(text, PartyCodes.PATTERN, PartyCodes.MESSAGE);
                references.requireParties("value", list(codes));
                yield codes;
            }
            case TITLE_ORIGINAL, TEXT, PERSON -> text;
        };
    }

    static List<String> list(String value) {
        return value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }

    private static String checkedList(String text, String pattern, String message) {
        List<String> entries = list(text);
        require(entries.stream().allMatch(entry -> entry.matches(pattern)), "each entry " + message);
        return String.join(",", entries);
    }

    private static String date(String text) {
        WorldDate date;
        try {
            date = WorldDate.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidField("value", "must be a date written 2022-01-10, 2022-01 or 2022");
        }
        require(RegisterDates.contains(date.date()), "must be a date " + RegisterDates.RANGE);
        return date.toString();
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new InvalidField("value", reason);
        }
    }
}
