package org.commitmenttracker.seeds;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.commitmenttracker.item.FollowUpStance;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.LinkRelation;
import org.commitmenttracker.register.body.MembershipChange;
import org.commitmenttracker.register.body.RegisterBody;
import org.commitmenttracker.register.party.RegisterParty;
import org.commitmenttracker.register.session.OutcomeKind;
import org.commitmenttracker.register.session.SessionFormat;
import org.commitmenttracker.register.session.SessionKind;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * One seed file as written in seeds/*.yaml (format: seeds/README.md). Only what the loader itself needs is constrained
 * here (keys, kinds, lines); every other rule is the commands' own, checked on the command bus exactly as for a
 * monitor's input. Parties and bodies are the commands themselves.
 */
record SeedFile(
        @Valid @NotNull Source source,
        List<@NotNull RegisterParty> parties,
        List<@NotNull RegisterBody> bodies,
        List<@Valid @NotNull Session> sessions,
        List<@Valid @NotNull Item> items,
        List<@Valid @NotNull Link> links,
        List<@Valid @NotNull FollowUp> followUps,
        List<@Valid @NotNull StatusChange> statusChanges,
        List<@Valid @NotNull Outcome> outcomes,
        List<@Valid @NotNull Membership> memberships,
        List<@Valid @NotNull Person> people) {

    SeedFile {
        parties = orEmpty(parties);
        bodies = orEmpty(bodies);
        sessions = orEmpty(sessions);
        items = orEmpty(items);
        links = orEmpty(links);
        followUps = orEmpty(followUps);
        statusChanges = orEmpty(statusChanges);
        outcomes = orEmpty(outcomes);
        memberships = orEmpty(memberships);
        people = orEmpty(people);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /**
     * The published document every record of the file was taken from. {@code file} is the bundled copy of its text,
     * which locators name only after the paragraph of the published text; {@code paragraphs} says how its lines map to
     * those paragraphs.
     */
    record Source(
            String key,
            String file,
            String title,
            String publisher,
            String url,
            LocalDate publishedOn,
            String note,
            @Valid Paragraphs paragraphs) {}

    /**
     * Paragraph 1 of the published text is line {@code firstLine} of the bundled copy; every later line is the next
     * paragraph except the blank {@code blankLines}. Lines before the first are the heading (title, date, place).
     */
    record Paragraphs(@NotNull @Positive Integer firstLine, List<@NotNull @Positive Integer> blankLines) {}

    /**
     * {@code fromPublicRecord} names what the document does not state and the public record gives ("place, format").
     */
    record Session(
            @NotBlank String key,
            String body,
            LocalDate date,
            DatePrecision precision,
            Boolean dateFromPublicRecord,
            String fromPublicRecord,
            String place,
            String placeRu,
            SessionKind kind,
            SessionFormat format,
            String chair,
            @NotNull @Positive Integer line,
            List<@Valid @NotNull Participant> participants,
            @Valid Handover handover) {}

    /**
     * A person the records name, with the name in Russian as the documents write it. Records give only {@code name};
     * the loader adds the Russian name to every record that names the person, in this file or another loaded with it.
     */
    record Person(
            @NotBlank String name,
            @NotBlank @Size(max = 200) String nameRu) {}

    record Participant(
            String person,
            String role,
            String roleRu,
            String party,
            @Positive Integer line) {}

    record Handover(
            String from,
            String to,
            LocalDate effective,
            DatePrecision precision,
            @Positive Integer line) {}

    /**
     * A decision, proposal or pledge; which of the optional fields apply depends on {@code kind}. {@code alsoLines} are
     * further places of the same statement, cited in the locator beside {@code line}.
     */
    record Item(
            @NotBlank String key,
            @NotNull ItemKind kind,
            String category,
            String session,
            String actor,
            String person,
            String titleOriginal,
            String title,
            String text,
            Integer number,
            List<String> themes,
            List<String> binds,
            WorldDate due,
            WorldDate worldDate,
            @NotNull @Positive Integer line,
            List<@NotNull @Positive Integer> alsoLines,
            List<@Valid @NotNull Figure> figures,
            @JsonProperty("implements") String implementsKey,
            String summaryRu) {}

    record Figure(
            String name,
            BigDecimal value,
            String unit,
            String party,
            @Positive Integer line) {}

    record Link(
            @NotBlank String key,
            @NotBlank String from,
            LinkRelation relation,
            @NotBlank String to,
            String note,
            @NotNull @Positive Integer line) {}

    record FollowUp(
            @NotBlank String key,
            @NotBlank String item,
            @NotBlank String session,
            String raisedBy,
            String person,
            FollowUpStance stance,
            String note,
            WorldDate worldDate,
            @NotNull @Positive Integer line,
            String summaryRu) {}

    record StatusChange(
            @NotBlank String key,
            @NotBlank String item,
            ItemStatus to,
            String note,
            WorldDate worldDate,
            @NotNull @Positive Integer line,
            String summaryRu) {}

    /**
     * What a session produced known only as a count ("17 documents were signed"), for the documents a report does not
     * name one by one.
     */
    record Outcome(
            @NotBlank String key,
            @NotBlank String session,
            OutcomeKind outcome,
            Integer count,
            String note,
            @NotNull @Positive Integer line) {}

    /**
     * A party joined or left a body, or suspended or resumed its participation. {@code line} is where the document
     * states it; a change the document does not state may be seeded only from the public record, saying so in
     * {@code fromPublicRecord} (what the public record gives, e.g. "Uzbekistan's suspension"), and then has no line.
     */
    record Membership(
            @NotBlank String key,
            @NotBlank String body,
            @NotBlank String party,
            MembershipChange change,
            WorldDate worldDate,
            String note,
            @Positive Integer line,
            String fromPublicRecord) {}
}
