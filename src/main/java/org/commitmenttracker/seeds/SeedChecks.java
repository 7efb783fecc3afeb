package org.commitmenttracker.seeds;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.register.body.RegisterBody;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.party.RegisterParty;
import org.commitmenttracker.shared.Ids;
import org.springframework.stereotype.Component;

/**
 * Checks a file's own structure before anything is dispatched: keys are unique, every key a record names is defined in
 * this file or already in the register, and an item carries only the fields its kind has (a field the commands cannot
 * take is refused, never silently dropped).
 */
@Component
class SeedChecks {

    private final SeedLedger ledger;

    SeedChecks(SeedLedger ledger) {
        this.ledger = ledger;
    }

    void verify(SeedReader.Parsed parsed) {
        new Run(parsed).verify();
    }

    private final class Run {

        private final String fileName;
        private final SeedFile file;
        private final SeedLines lines;
        private final Set<String> sessionKeys = new HashSet<>();
        private final Set<String> itemKeys = new HashSet<>();

        Run(SeedReader.Parsed parsed) {
            this.fileName = parsed.fileName();
            this.file = parsed.file();
            this.lines = parsed.lines();
        }

        void verify() {
            unique("parties", file.parties(), RegisterParty::code, new HashSet<>());
            unique("bodies", file.bodies(), RegisterBody::code, new HashSet<>());
            unique("sessions", file.sessions(), SeedFile.Session::key, sessionKeys);
            unique("items", file.items(), SeedFile.Item::key, itemKeys);
            unique("links", file.links(), SeedFile.Link::key, new HashSet<>());
            unique("followUps", file.followUps(), SeedFile.FollowUp::key, new HashSet<>());
            unique("statusChanges", file.statusChanges(), SeedFile.StatusChange::key, new HashSet<>());
            unique("outcomes", file.outcomes(), SeedFile.Outcome::key, new HashSet<>());
            unique("memberships", file.memberships(), SeedFile.Membership::key, new HashSet<>());
            forEach("memberships", file.memberships(), SeedFile.Membership::key, (change, record) -> {
                body(record, change.body());
                // A change the document does not state is seeded only as public record, and must say so.
                if (change.line() == null
                        && (change.fromPublicRecord() == null
                                || change.fromPublicRecord().isBlank())) {
                    throw new SeedRejected(
                            fileName,
                            record,
                            "line",
                            "is needed unless fromPublicRecord says what the public record gives");
                }
            });
            forEach(
                    "sessions",
                    file.sessions(),
                    SeedFile.Session::key,
                    (session, record) -> body(record, session.body()));
            forEach("items", file.items(), SeedFile.Item::key, this::item);
            forEach("links", file.links(), SeedFile.Link::key, (link, record) -> {
                item(record, "from", link.from());
                item(record, "to", link.to());
            });
            forEach("followUps", file.followUps(), SeedFile.FollowUp::key, (followUp, record) -> {
                item(record, "item", followUp.item());
                session(record, "session", followUp.session());
            });
            forEach(
                    "statusChanges",
                    file.statusChanges(),
                    SeedFile.StatusChange::key,
                    (change, record) -> item(record, "item", change.item()));
            forEach(
                    "outcomes",
                    file.outcomes(),
                    SeedFile.Outcome::key,
                    (outcome, record) -> session(record, "session", outcome.session()));
        }

        private void item(SeedFile.Item item, String record) {
            ItemKind kind = item.kind();
            absent(record, kind, "person", item.person(), kind == ItemKind.DECISION);
            absent(record, kind, "implements", item.implementsKey(), kind != ItemKind.PLEDGE);
            absent(record, kind, "titleOriginal", item.titleOriginal(), kind != ItemKind.DECISION);
            absent(record, kind, "binds", item.binds(), kind != ItemKind.DECISION);
            absent(record, kind, "number", item.number(), kind != ItemKind.DECISION);
            absent(record, kind, "due", item.due(), kind == ItemKind.PROPOSAL || kind == ItemKind.STATEMENT);
            absent(record, kind, "category", item.category(), kind == ItemKind.STATEMENT);
            if (item.session() != null) {
                session(record, "session", item.session());
            }
            if (item.implementsKey() != null) {
                item(record, "implements", item.implementsKey());
            }
        }

        private void absent(String record, ItemKind kind, String field, Object value, boolean forbidden) {
            if (forbidden && value != null) {
                throw new SeedRejected(
                        fileName,
                        record,
                        field,
                        "a " + kind + " has no " + field + "; the commands have no place for it, so it would be lost");
            }
        }

        private void body(String record, String code) {
            boolean inFile = file.bodies().stream().anyMatch(body -> Objects.equals(body.code(), code));
            if (code != null && !inFile && !ledger.recorded(BodyCodes.aggregateId(code))) {
                throw new SeedRejected(
                        fileName, record, "body", "no body " + code + " in this file's bodies or in the register");
            }
        }

        private void session(String record, String field, String key) {
            if (!sessionKeys.contains(key) && !ledger.recorded(Ids.fromSeedKey(SeedPlan.SESSION, key))) {
                throw new SeedRejected(
                        fileName,
                        record,
                        field,
                        "no session with key " + key
                                + " in this file or in the register (load the file that defines it first)");
            }
        }

        private void item(String record, String field, String key) {
            if (!itemKeys.contains(key) && !ledger.recorded(Ids.fromSeedKey(SeedPlan.ITEM, key))) {
                throw new SeedRejected(
                        fileName,
                        record,
                        field,
                        "no item with key " + key
                                + " in this file or in the register (load the file that defines it first)");
            }
        }

        private <T> void unique(String section, List<T> records, Function<T, String> key, Set<String> seen) {
            for (int i = 0; i < records.size(); i++) {
                String value = key.apply(records.get(i));
                if (value != null && !seen.add(value)) {
                    String field = section.equals("parties") || section.equals("bodies") ? "code" : "key";
                    throw new SeedRejected(
                            fileName,
                            lines.record(section, i, value),
                            field,
                            "is used by an earlier record of " + section);
                }
            }
        }

        private <T> void forEach(String section, List<T> records, Function<T, String> key, RecordCheck<T> check) {
            for (int i = 0; i < records.size(); i++) {
                check.accept(records.get(i), lines.record(section, i, key.apply(records.get(i))));
            }
        }
    }

    @FunctionalInterface
    private interface RecordCheck<T> {
        void accept(T record, String description);
    }
}
