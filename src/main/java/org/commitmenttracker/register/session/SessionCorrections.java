package org.commitmenttracker.register.session;

import java.time.DateTimeException;
import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.provenance.RegisterDates;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.shared.refusal.InvalidField;

/** Checks a session correction's new value against the field it replaces and writes it in its normal form. */
final class SessionCorrections {

    private SessionCorrections() {}

    static SessionCorrected checked(CorrectSession command, Catalogue catalogue) {
        if (command.field() == SessionField.PARTICIPANTS) {
            if (command.participants() == null) {
                throw new InvalidField("participants", "a PARTICIPANTS correction gives the whole new list here");
            }
            if (command.value() != null) {
                throw new InvalidField("value", "a PARTICIPANTS correction gives its list in participants, not here");
            }
            catalogue.requireParties(
                    "participants",
                    command.participants().stream().map(Participant::party).toList());
            return corrected(command, null, List.copyOf(command.participants()));
        }
        if (command.participants() != null) {
            throw new InvalidField("participants", "only a PARTICIPANTS correction carries participants");
        }
        String text = command.value() == null ? "" : command.value().strip();
        if (text.isEmpty()) {
            throw new InvalidField("value", "must not be blank");
        }
        String value =
                switch (command.field()) {
                    case TITLE, PLACE, PLACE_RU -> text;
                    case WORLD_DATE -> date(text).toString();
                    case KIND -> choice(SessionKind.class, text);
                    case FORMAT -> choice(SessionFormat.class, text);
                    case CHAIR -> {
                        if (!text.matches(PartyCodes.PATTERN)) {
                            throw new InvalidField("value", PartyCodes.MESSAGE);
                        }
                        catalogue.requireParties("value", List.of(text));
                        yield text;
                    }
                    case PARTICIPANTS -> throw new IllegalStateException("handled above");
                };
        return corrected(command, value, null);
    }

    private static SessionCorrected corrected(CorrectSession command, String value, List<Participant> participants) {
        return new SessionCorrected(
                command.sessionId(), command.field(), value, participants, command.reason(), command.source());
    }

    private static WorldDate date(String text) {
        WorldDate date;
        try {
            date = WorldDate.parse(text);
        } catch (DateTimeException | NumberFormatException e) {
            throw new InvalidField("value", "must be a date written 2022-01-10, 2022-01, 2022 or [..2022-01-10]");
        }
        if (!RegisterDates.contains(date.date())) {
            throw new InvalidField("value", "must be a date " + RegisterDates.RANGE);
        }
        return date;
    }

    /** An enum constant by name; the reason lists the names a monitor may give. */
    static <E extends Enum<E>> String choice(Class<E> type, String text) {
        E[] constants = type.getEnumConstants();
        return Arrays.stream(constants)
                .filter(constant -> constant.name().equals(text))
                .findFirst()
                .map(Enum::name)
                .orElseThrow(() -> new InvalidField(
                        "value",
                        "must be one of "
                                + String.join(
                                        ", ",
                                        Arrays.stream(constants).map(Enum::name).toList())));
    }
}
