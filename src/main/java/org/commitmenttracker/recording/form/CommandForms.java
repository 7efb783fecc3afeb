package org.commitmenttracker.recording.form;

import static org.commitmenttracker.recording.form.CommandForm.Scope.*;
import static org.commitmenttracker.recording.form.CommandForm.fact;
import static org.commitmenttracker.recording.form.CommandForm.reference;
import static org.commitmenttracker.recording.form.FieldType.*;
import static org.commitmenttracker.recording.form.FormField.*;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.commitmenttracker.item.AssessParty;
import org.commitmenttracker.item.AssessmentPeriod;
import org.commitmenttracker.item.AttachEvidence;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.CorrectEntry;
import org.commitmenttracker.item.CorrectableField;
import org.commitmenttracker.item.EvidenceBearing;
import org.commitmenttracker.item.FollowUpStance;
import org.commitmenttracker.item.LinkItems;
import org.commitmenttracker.item.LinkRelation;
import org.commitmenttracker.item.OccasionKind;
import org.commitmenttracker.item.PartyPosition;
import org.commitmenttracker.item.RaiseFollowUp;
import org.commitmenttracker.item.RecordDecision;
import org.commitmenttracker.item.RecordPledge;
import org.commitmenttracker.item.RecordPosition;
import org.commitmenttracker.item.RecordProposal;
import org.commitmenttracker.item.RecordStatement;
import org.commitmenttracker.register.body.BodyField;
import org.commitmenttracker.register.body.CorrectBody;
import org.commitmenttracker.register.body.MembershipChange;
import org.commitmenttracker.register.body.RecordMembershipChange;
import org.commitmenttracker.register.body.RegisterBody;
import org.commitmenttracker.register.party.CorrectParty;
import org.commitmenttracker.register.party.PartyField;
import org.commitmenttracker.register.party.PartyKind;
import org.commitmenttracker.register.party.RegisterParty;
import org.commitmenttracker.register.session.CorrectSession;
import org.commitmenttracker.register.session.OutcomeKind;
import org.commitmenttracker.register.session.RecordSession;
import org.commitmenttracker.register.session.RecordSessionOutcome;
import org.commitmenttracker.register.session.SessionField;
import org.commitmenttracker.register.session.SessionFormat;
import org.commitmenttracker.register.session.SessionKind;

/** The form for every command the register accepts. */
final class CommandForms {

    private static final Map<String, CommandForm> FORMS = Stream.of(
                    reference(
                            "party",
                            RegisterParty.class,
                            PARTY,
                            text("code", true),
                            text("name", true),
                            text("nameRu", false),
                            select("kind", true, names(PartyKind.values()))),
                    reference(
                            "body",
                            RegisterBody.class,
                            BODY,
                            text("code", true),
                            text("name", true),
                            text("nameRu", false),
                            text("organisation", false),
                            of("members", LIST, false),
                            of("registeredOn", WORLD_DATE, false)),
                    fact(
                            "membership",
                            RecordMembershipChange.class,
                            BODY_FACT,
                            text("body", true),
                            text("party", true),
                            select("change", true, names(MembershipChange.values())),
                            of("note", TEXTAREA, false)),
                    fact(
                            "session",
                            RecordSession.class,
                            SESSION,
                            text("body", true),
                            text("title", false),
                            text("place", true),
                            text("placeRu", false),
                            select("kind", true, names(SessionKind.values())),
                            select("format", true, names(SessionFormat.values())),
                            text("chair", false),
                            rows("participants", "person", "role", "party", "personRu"),
                            text("handover.from", false),
                            text("handover.to", false),
                            of("handover.effective", WORLD_DATE, false)),
                    CommandForm.sessionFact(
                            "outcome",
                            RecordSessionOutcome.class,
                            select("outcome", true, names(OutcomeKind.values())),
                            of("count", NUMBER, true),
                            of("note", TEXTAREA, false)),
                    fact(
                            "decision",
                            RecordDecision.class,
                            NEW_ITEM,
                            text("sessionId", false),
                            text("adoptedBy", true),
                            text("documentType", true),
                            of("titleOriginal", TEXTAREA, false),
                            text("title", false),
                            of("text", TEXTAREA, false),
                            of("listPosition", NUMBER, false),
                            of("themes", LIST, false),
                            of("binds", LIST, false),
                            of("due", WORLD_DATE, false),
                            rows("figures", "name", "value", "unit", "party")),
                    fact(
                            "proposal",
                            RecordProposal.class,
                            NEW_ITEM,
                            text("sessionId", false),
                            text("onBehalfOf", true),
                            text("person", false),
                            text("personRu", false),
                            text("category", false),
                            text("title", true),
                            of("text", TEXTAREA, false),
                            of("themes", LIST, false),
                            rows("figures", "name", "value", "unit", "party")),
                    fact(
                            "statement",
                            RecordStatement.class,
                            NEW_ITEM,
                            text("sessionId", false),
                            text("onBehalfOf", true),
                            text("person", false),
                            text("personRu", false),
                            text("title", true),
                            of("text", TEXTAREA, false),
                            of("themes", LIST, false),
                            rows("figures", "name", "value", "unit", "party")),
                    fact(
                            "pledge",
                            RecordPledge.class,
                            NEW_ITEM,
                            text("sessionId", false),
                            text("pledgedBy", true),
                            text("person", false),
                            text("personRu", false),
                            text("category", false),
                            text("title", true),
                            of("text", TEXTAREA, false),
                            of("themes", LIST, false),
                            of("due", WORLD_DATE, false),
                            text("implementsDecision", false),
                            rows("figures", "name", "value", "unit", "party")),
                    fact(
                            "status",
                            ChangeStatus.class,
                            ITEM,
                            select("to", true, List.of()),
                            of("note", TEXTAREA, false)),
                    fact(
                            "followup",
                            RaiseFollowUp.class,
                            ITEM,
                            text("sessionId", false),
                            select("occasion.kind", false, names(OccasionKind.values())),
                            text("occasion.description", false),
                            text("raisedBy", true),
                            text("person", false),
                            text("personRu", false),
                            select("stance", true, names(FollowUpStance.values())),
                            of("note", TEXTAREA, false)),
                    fact(
                            "evidence",
                            AttachEvidence.class,
                            ITEM,
                            select("bearing", true, names(EvidenceBearing.values())),
                            of("note", TEXTAREA, false)),
                    fact(
                            "position",
                            RecordPosition.class,
                            ITEM,
                            text("party", true),
                            select("position", true, names(PartyPosition.values())),
                            text("sessionId", false),
                            of("reason", TEXTAREA, false)),
                    fact(
                            "assessment",
                            AssessParty.class,
                            ITEM,
                            text("party", true),
                            select("period", true, names(AssessmentPeriod.values())),
                            select("score", true, List.of("+1", "0", "-1", "n/a")),
                            of("note", TEXTAREA, false)),
                    fact(
                            "link",
                            LinkItems.class,
                            ITEM,
                            select("relation", true, names(LinkRelation.values())),
                            text("target", true),
                            of("note", TEXTAREA, false)),
                    fact(
                            "correction",
                            CorrectEntry.class,
                            ITEM,
                            of("correctsVersion", NUMBER, false),
                            select("field", true, names(CorrectableField.values())),
                            of("value", TEXTAREA, true),
                            of("reason", TEXTAREA, true)),
                    // Corrections of the register itself: /sessions/{id}/record/sessioncorrection and
                    // /record/partycorrection or /record/bodycorrection (the code names the party or body).
                    CommandForm.correction(
                            "sessioncorrection",
                            CorrectSession.class,
                            SESSION_FACT,
                            select("field", true, names(SessionField.values())),
                            text("value", false),
                            rows("participants", "person", "role", "party", "personRu"),
                            of("reason", TEXTAREA, true)),
                    CommandForm.correction(
                            "partycorrection",
                            CorrectParty.class,
                            PARTY,
                            text("code", true),
                            select("field", true, names(PartyField.values())),
                            text("value", true),
                            of("reason", TEXTAREA, true)),
                    CommandForm.correction(
                            "bodycorrection",
                            CorrectBody.class,
                            BODY,
                            text("code", true),
                            select("field", true, names(BodyField.values())),
                            text("value", true),
                            of("reason", TEXTAREA, true)))
            .collect(Collectors.toMap(CommandForm::key, Function.identity()));

    private CommandForms() {}

    static Optional<CommandForm> find(String key) {
        return Optional.ofNullable(FORMS.get(key));
    }

    static List<String> keys(CommandForm.Scope... scopes) {
        List<CommandForm.Scope> wanted = List.of(scopes);
        return Stream.of(
                        "party",
                        "body",
                        "membership",
                        "session",
                        "decision",
                        "proposal",
                        "statement",
                        "pledge",
                        "status",
                        "followup",
                        "evidence",
                        "position",
                        "assessment",
                        "link",
                        "correction",
                        "partycorrection",
                        "bodycorrection")
                .filter(key -> wanted.contains(FORMS.get(key).scope()))
                .toList();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
