package org.commitmenttracker.seeds;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.Figure;
import org.commitmenttracker.item.RecordDecision;
import org.commitmenttracker.item.RecordPledge;
import org.commitmenttracker.item.RecordProposal;
import org.commitmenttracker.item.RecordStatement;
import org.commitmenttracker.register.session.Handover;
import org.commitmenttracker.register.session.Participant;
import org.commitmenttracker.register.session.RecordSession;
import org.commitmenttracker.register.session.SessionTitles;
import org.commitmenttracker.shared.provenance.Source;
import org.commitmenttracker.shared.provenance.WorldDate;

/** The creating commands for a seed session or item; the seed's field names map onto the commands'. */
final class SeedItems {

    private static final Map<String, String> SESSION_FIELDS = Map.of(
            "sessionId",
            "key",
            "worldDate",
            "date",
            "worldDate.date",
            "date",
            "worldDate.precision",
            "precision",
            "handover.effective.date",
            "handover.effective",
            "handover.effective.precision",
            "handover.precision",
            "title",
            "body/place/date (the title is built from them)",
            "source.locator",
            "line");

    private SeedItems() {}

    static SeedStep session(SeedFile.Source document, SeedFile.Session s, String record, SeedPeople names) {
        WorldDate held = s.date() == null ? null : new WorldDate(s.date(), s.precision());
        List<SeedFile.Participant> people = s.participants() == null ? List.of() : s.participants();
        SeedFile.Handover handover = s.handover();
        Source source = SeedSources.at(
                document,
                s.line(),
                Boolean.TRUE.equals(s.dateFromPublicRecord()) ? "day of the session from the public record" : null,
                s.fromPublicRecord() == null ? null : s.fromPublicRecord() + " from the public record",
                SeedSources.lines(
                        "participants",
                        people.stream().map(SeedFile.Participant::line).toList()),
                handover == null ? null : SeedSources.lines("handover", Collections.singletonList(handover.line())));
        RecordSession command = new RecordSession(
                SeedPlan.sessionId(s.key()),
                s.body(),
                SessionTitles.generated(s.body(), s.kind(), s.place(), held),
                held,
                s.place(),
                s.kind(),
                s.format(),
                s.chair(),
                people.stream()
                        .map(p ->
                                new Participant(p.person(), p.role(), p.party(), p.roleRu(), names.russian(p.person())))
                        .toList(),
                handover == null
                        ? null
                        : new Handover(
                                handover.from(),
                                handover.to(),
                                handover.effective() == null
                                        ? null
                                        : new WorldDate(handover.effective(), handover.precision())),
                source,
                s.placeRu());
        return new SeedStep(record, command.sessionId(), command, "sessions:" + s.key(), true, SESSION_FIELDS, "body");
    }

    static SeedStep item(SeedFile.Source document, SeedFile.Item item, String record, SeedPeople people) {
        String personRu = people.russian(item.person());
        String itemId = SeedPlan.itemId(item.key());
        String sessionId = SeedPlan.sessionId(item.session());
        List<SeedFile.Figure> seedFigures = item.figures() == null ? List.of() : item.figures();
        List<Figure> figures = seedFigures.stream()
                .map(f -> new Figure(f.name(), f.value(), f.unit(), f.party()))
                .toList();
        Source source = SeedSources.at(
                document,
                item.line(),
                SeedSources.also(document, item.alsoLines()),
                SeedSources.lines(
                        "figures",
                        seedFigures.stream().map(SeedFile.Figure::line).toList()));
        Object command =
                switch (item.kind()) {
                    case DECISION ->
                        new RecordDecision(
                                itemId,
                                sessionId,
                                item.actor(),
                                item.category(),
                                item.titleOriginal(),
                                item.title(),
                                item.text(),
                                item.number(),
                                item.themes(),
                                item.binds() == null ? List.of() : item.binds(),
                                item.due(),
                                figures,
                                item.worldDate(),
                                source,
                                item.summaryRu(),
                                null);
                    case PROPOSAL ->
                        new RecordProposal(
                                itemId,
                                sessionId,
                                item.actor(),
                                item.person(),
                                item.category(),
                                item.title(),
                                item.text(),
                                item.themes(),
                                figures,
                                item.worldDate(),
                                source,
                                item.summaryRu(),
                                null,
                                personRu);
                    case STATEMENT ->
                        new RecordStatement(
                                itemId,
                                sessionId,
                                item.actor(),
                                item.person(),
                                item.title(),
                                item.text(),
                                item.themes(),
                                figures,
                                item.worldDate(),
                                source,
                                item.summaryRu(),
                                null,
                                personRu);
                    case PLEDGE ->
                        new RecordPledge(
                                itemId,
                                sessionId,
                                item.actor(),
                                item.person(),
                                item.category(),
                                item.title(),
                                item.text(),
                                item.themes(),
                                item.due(),
                                item.implementsKey() == null ? null : SeedPlan.itemId(item.implementsKey()),
                                figures,
                                item.worldDate(),
                                source,
                                item.summaryRu(),
                                null,
                                personRu);
                };
        Map<String, String> fields = Map.of(
                "itemId",
                "key",
                "sessionId",
                "session",
                "adoptedBy",
                "actor",
                "onBehalfOf",
                "actor",
                "pledgedBy",
                "actor",
                "documentType",
                "category",
                "listPosition",
                "number",
                "implementsDecision",
                "implements",
                "source.locator",
                "line");
        return new SeedStep(record, itemId, command, "items:" + item.key(), true, fields, "key");
    }
}
