package org.commitmenttracker.seeds;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.commitmenttracker.item.ChangeStatus;
import org.commitmenttracker.item.LinkItems;
import org.commitmenttracker.item.RaiseFollowUp;
import org.commitmenttracker.register.body.RecordMembershipChange;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.register.session.RecordSessionOutcome;
import org.commitmenttracker.shared.Ids;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.springframework.stereotype.Component;

/**
 * Turns a checked seed file into the ordered commands that record it: parties, bodies, sessions, items (pledges naming
 * the decision they implement after all others), then links, follow-ups, status changes and session outcome counts in
 * file order.
 */
@Component
class SeedPlan {

    static final String SESSION = "session";
    static final String ITEM = "item";

    private final SeedLedger ledger;

    SeedPlan(SeedLedger ledger) {
        this.ledger = ledger;
    }

    /** The steps of one file; {@code people} gives the Russian names of the people its records name. */
    List<SeedStep> steps(SeedReader.Parsed parsed, SeedPeople people) {
        SeedFile file = parsed.file();
        SeedLines lines = parsed.lines();
        List<SeedStep> steps = new ArrayList<>();
        SeedFile.Source source = file.source();
        each(
                lines,
                file.parties(),
                "parties",
                p -> p.code(),
                (p, record) -> new SeedStep(
                        record, PartyCodes.aggregateId(p.code()), p, "parties:" + p.code(), true, Map.of(), "code"),
                steps);
        each(
                lines,
                file.bodies(),
                "bodies",
                b -> b.code(),
                (b, record) -> new SeedStep(
                        record, BodyCodes.aggregateId(b.code()), b, "bodies:" + b.code(), true, Map.of(), "members"),
                steps);
        each(
                lines,
                file.sessions(),
                "sessions",
                SeedFile.Session::key,
                (s, record) -> SeedItems.session(source, s, record, people),
                steps);
        List<Indexed<SeedFile.Item>> items = Indexed.of(file.items()).stream()
                .sorted(Comparator.comparing(indexed -> indexed.value().implementsKey() != null))
                .toList();
        for (Indexed<SeedFile.Item> item : items) {
            steps.add(SeedItems.item(
                    source,
                    item.value(),
                    lines.record("items", item.index(), item.value().key()),
                    people));
        }
        each(lines, file.links(), "links", SeedFile.Link::key, (l, record) -> link(file, l, record), steps);
        each(
                lines,
                file.followUps(),
                "followUps",
                SeedFile.FollowUp::key,
                (f, record) -> followUp(source, f, record, people),
                steps);
        each(
                lines,
                file.statusChanges(),
                "statusChanges",
                SeedFile.StatusChange::key,
                (c, record) -> statusChange(source, c, record),
                steps);
        each(
                lines,
                file.outcomes(),
                "outcomes",
                SeedFile.Outcome::key,
                (o, record) -> outcome(source, o, record),
                steps);
        each(
                lines,
                file.memberships(),
                "memberships",
                SeedFile.Membership::key,
                (m, record) -> membership(source, m, record),
                steps);
        return steps;
    }

    private static SeedStep followUp(SeedFile.Source source, SeedFile.FollowUp f, String record, SeedPeople people) {
        RaiseFollowUp command = new RaiseFollowUp(
                itemId(f.item()),
                null,
                sessionId(f.session()),
                f.raisedBy(),
                f.person(),
                f.stance(),
                f.note(),
                f.worldDate(),
                SeedSources.at(source, f.line()),
                f.summaryRu(),
                null,
                null,
                people.russian(f.person()));
        return new SeedStep(
                record,
                command.itemId(),
                command,
                "followUps:" + f.key(),
                false,
                Map.of("itemId", "item", "sessionId", "session", "source.locator", "line"),
                "session");
    }

    private static SeedStep statusChange(SeedFile.Source source, SeedFile.StatusChange c, String record) {
        ChangeStatus command = new ChangeStatus(
                itemId(c.item()),
                null,
                c.to(),
                c.note(),
                c.worldDate(),
                SeedSources.at(source, c.line()),
                c.summaryRu(),
                null);
        return new SeedStep(
                record,
                command.itemId(),
                command,
                "statusChanges:" + c.key(),
                false,
                Map.of("itemId", "item", "source.locator", "line"),
                "to");
    }

    private static SeedStep outcome(SeedFile.Source source, SeedFile.Outcome o, String record) {
        RecordSessionOutcome command = new RecordSessionOutcome(
                sessionId(o.session()), null, o.outcome(), o.count(), o.note(), SeedSources.at(source, o.line()));
        return new SeedStep(
                record,
                command.sessionId(),
                command,
                "outcomes:" + o.key(),
                false,
                Map.of("sessionId", "session", "source.locator", "line"),
                "count");
    }

    private static SeedStep membership(SeedFile.Source source, SeedFile.Membership m, String record) {
        RecordMembershipChange command = new RecordMembershipChange(
                m.body(), null, m.party(), m.change(), m.worldDate(), SeedSources.membership(source, m), m.note());
        return new SeedStep(
                record,
                command.aggregateId(),
                command,
                "memberships:" + m.key(),
                false,
                Map.of("source.locator", "line"),
                "change");
    }

    /**
     * A link has no date of its own in the seeds. It is dated to the later of its two items: the relation cannot hold
     * before both exist, and for ADOPTED_AS and IMPLEMENTS the later item is the adoption or the implementing act
     * itself.
     */
    private SeedStep link(SeedFile file, SeedFile.Link link, String record) {
        WorldDate date = Stream.of(itemDate(file, link.from()), itemDate(file, link.to()))
                .flatMap(Optional::stream)
                .max(Comparator.comparing(WorldDate::date)
                        .thenComparing(WorldDate::precision, Comparator.reverseOrder()))
                .orElse(null);
        LinkItems command = new LinkItems(
                itemId(link.from()),
                null,
                link.relation(),
                itemId(link.to()),
                link.note(),
                date,
                SeedSources.at(file.source(), link.line()));
        return new SeedStep(
                record,
                itemId(link.from()),
                command,
                "links:" + link.key(),
                false,
                Map.of(
                        "itemId",
                        "from",
                        "target",
                        "to",
                        "worldDate",
                        "from/to (the link is dated by its items)",
                        "source.locator",
                        "line"),
                "to");
    }

    private Optional<WorldDate> itemDate(SeedFile file, String key) {
        Optional<WorldDate> inFile = file.items().stream()
                .filter(item -> item.key().equals(key))
                .findFirst()
                .map(SeedFile.Item::worldDate);
        return inFile.isPresent() ? inFile : ledger.itemDate(itemId(key));
    }

    static String itemId(String key) {
        return Ids.fromSeedKey(ITEM, key);
    }

    static String sessionId(String key) {
        return key == null ? null : Ids.fromSeedKey(SESSION, key);
    }

    private static <T> void each(
            SeedLines lines,
            List<T> records,
            String section,
            Function<T, String> key,
            BiFunction<T, String, SeedStep> step,
            List<SeedStep> steps) {
        for (int i = 0; i < records.size(); i++) {
            steps.add(step.apply(records.get(i), lines.record(section, i, key.apply(records.get(i)))));
        }
    }

    private record Indexed<T>(int index, T value) {
        static <T> List<Indexed<T>> of(List<T> values) {
            List<Indexed<T>> indexed = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                indexed.add(new Indexed<>(i, values.get(i)));
            }
            return indexed;
        }
    }
}
