package org.commitmenttracker.shared.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.commitmenttracker.support.World.map;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.shared.provenance.DatePrecision;
import org.commitmenttracker.shared.provenance.WorldDate;
import org.commitmenttracker.support.World;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reproducible random register: items of all kinds at sessions of one body, status changes with dates in any order
 * (some only "on or before" a day), follow-ups at sessions and between them, assessments, evidence, party positions,
 * due dates of every precision, corrections of titles, themes, due dates and world dates, decisions that bind the
 * body's members, and members joining, leaving, suspending and resuming over the years (two parties join only later).
 * Every command is valid for the aggregate, so the generator keeps a small model of what it has sent; each fact is
 * remembered as a {@link TestEvent} with its batch.
 */
public final class RandomHistory {

    private static final List<String> THEMES = List.of("alpha", "beta", "gamma");
    private static final LocalDate START = LocalDate.of(2019, 1, 1);

    final List<TestEvent> events = new ArrayList<>();
    final List<TestEvent.Session> sessions = new ArrayList<>();
    final List<TestEvent.MembershipChange> memberships = new ArrayList<>();
    final String body;
    /** The body's registered members (members before any date) and, after them, the parties that may join later. */
    final List<String> everyParty = new ArrayList<>();

    private final List<String> parties = new ArrayList<>();
    private final Map<String, Membership> membership = new LinkedHashMap<>();
    private final List<Model> items = new ArrayList<>();
    private final Random random;
    private final World world;
    private int batch;

    /**
     * An instant strictly between two batches, for asking what the register said in between: stored timestamps have
     * millisecond precision, so the next batch is recorded at least a millisecond later.
     */
    public static Instant instantBetweenBatches() {
        Instant between = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return between;
    }

    public RandomHistory(World world, long seed) {
        this.world = world;
        this.random = new Random(seed);
        for (int p = 0; p < 4; p++) {
            parties.add(world.party("Q" + p));
        }
        body = world.body("EQ", parties);
        everyParty.addAll(parties);
        everyParty.add(world.party("Q4"));
        everyParty.add(world.party("Q5"));
        everyParty.forEach(party -> membership.put(party, new Membership(parties.contains(party))));
    }

    /** The body whose sessions hold every item, and whose decisions may bind all its members. */
    public String body() {
        return body;
    }

    /** The parties the body was registered with: members from before any date until a change says otherwise. */
    List<String> registeredMembers() {
        return List.copyOf(parties);
    }

    /** Records one batch of about {@code size} facts. */
    public void batch(int number, int size) {
        batch = number;
        for (int i = 0; i < size; i++) {
            int choice = random.nextInt(100);
            if (sessions.size() < 3 || choice < 6) {
                session();
            } else if (items.size() < 5 || choice < 30) {
                item();
            } else if (choice < 50) {
                statusChange();
            } else if (choice < 58) {
                followUp();
            } else if (choice < 63) {
                followUpBetweenSessions();
            } else if (choice < 70) {
                assessment();
            } else if (choice < 75) {
                evidenceOrPosition();
            } else if (choice >= 94) {
                membershipChange();
            } else {
                correction();
            }
        }
    }

    public int eventCount() {
        return events.size();
    }

    private void session() {
        WorldDate date = WorldDate.day(START.plusDays(random.nextInt(6 * 365)));
        String id = world.session(body, date.toString(), pick(parties), map());
        sessions.add(new TestEvent.Session(id, batch, date));
    }

    private void item() {
        ItemKind kind = ItemKind.values()[random.nextInt(3)];
        boolean withoutSession = kind == ItemKind.DECISION && random.nextInt(10) == 0;
        TestEvent.Session session = withoutSession ? null : pick(sessions);
        WorldDate date = session == null ? WorldDate.day(START.plusDays(random.nextInt(6 * 365))) : session.date();
        String title = "Item " + random.nextInt(1_000_000);
        List<String> themes = themes();
        WorldDate due = kind == ItemKind.PROPOSAL || random.nextInt(4) == 0 ? null : due(date.date());
        String actor = kind == ItemKind.DECISION ? body : pick(parties);
        List<String> binds = kind == ItemKind.DECISION ? binds() : List.of();
        Map<String, Object> fields = map("title", title, "themes", themes);
        if (due != null) {
            fields.put("due", World.worldDate(due.toString()));
        }
        String sessionId = session == null ? null : session.sessionId();
        String id =
                switch (kind) {
                    case DECISION -> world.decision(sessionId, body, date.toString(), with(fields, "binds", binds));
                    case PROPOSAL -> world.proposal(sessionId, actor, date.toString(), fields);
                    case PLEDGE -> world.pledge(sessionId, actor, date.toString(), fields);
                    case STATEMENT -> throw new IllegalArgumentException("random histories record no statements");
                };
        items.add(new Model(id, kind, sessionId, actor, binds, date.date()));
        events.add(new TestEvent.Opened(id, 0, batch, kind, sessionId, actor, binds, title, themes, due, date));
    }

    private void statusChange() {
        List<Model> open = items.stream()
                .filter(m -> !Lifecycle.of(m.kind).allowedFrom(m.status).isEmpty())
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Model item = pick(open);
        List<ItemStatus> allowed = new ArrayList<>(Lifecycle.of(item.kind).allowedFrom(item.status));
        if (item.returnedForRevision) {
            // Adopting a returned draft names the decision that adopted it and adds a link: not this fold's subject.
            allowed.remove(ItemStatus.ADOPTED);
        }
        ItemStatus to = pick(allowed);
        LocalDate day = item.openedOn.plusDays(random.nextInt(900) - 60);
        // Some changes are known only as "on or before" a day: they count from that day on.
        WorldDate date = random.nextInt(5) == 0 ? WorldDate.onOrBefore(day) : WorldDate.day(day);
        long version = world.status(item.id, to.name(), date.toString());
        item.status = to;
        item.returnedForRevision |= to == ItemStatus.RETURNED_FOR_REVISION;
        item.version = version;
        item.datedVersions.add(version);
        events.add(new TestEvent.StatusSet(item.id, version, batch, to.name(), date));
    }

    private void followUp() {
        Model item = pick(items);
        List<TestEvent.Session> later = sessions.stream()
                .filter(s -> !s.sessionId().equals(item.sessionId)
                        && !s.date().date().isBefore(item.openedOn))
                .toList();
        if (later.isEmpty()) {
            return;
        }
        TestEvent.Session at = pick(later);
        long version = world.followUp(
                item.id, at.sessionId(), pick(parties), "CALLED_FOR", at.date().toString());
        item.version = version;
        events.add(new TestEvent.FollowedUp(item.id, version, batch, at.sessionId(), at.date()));
    }

    /** A follow-up on an occasion, not at a session: it counts, and names no session. */
    private void followUpBetweenSessions() {
        Model item = pick(items);
        WorldDate date = WorldDate.day(item.openedOn.plusDays(random.nextInt(700)));
        long version = world.followUpOn(
                item.id, pick(List.of("PRESS_STATEMENT", "INTERVIEW")), pick(parties), "REAFFIRMED", date.toString());
        item.version = version;
        events.add(new TestEvent.FollowedUp(item.id, version, batch, null, date));
    }

    /** Evidence and party positions change the item's version and nothing else the list shows. */
    private void evidenceOrPosition() {
        Model item = pick(items);
        String date = item.openedOn.plusDays(random.nextInt(700)).toString();
        long version = item.kind == ItemKind.PLEDGE || random.nextBoolean()
                ? world.evidence(item.id, pick(List.of("SUPPORTS", "CONTRADICTS")), date)
                : world.position(
                        item.id, pick(parties), pick(List.of("SIGNED", "DECLINED_TO_SIGN", "ABSTAINED")), date);
        item.version = version;
        events.add(new TestEvent.Other(item.id, version, batch));
    }

    private void assessment() {
        Model item = pick(items);
        String party = item.kind == ItemKind.DECISION ? pick(item.binds) : item.actor;
        if (party.equals(body)) {
            // A decision binding the body's members may assess anyone who has ever been a member.
            party = pick(parties);
        }
        String score = pick(List.of("+1", "0", "-1", "n/a"));
        long version = world.assess(
                item.id,
                party,
                random.nextBoolean() ? "FINAL" : "INTERIM",
                score,
                item.openedOn.plusDays(random.nextInt(700)).toString());
        item.version = version;
        events.add(new TestEvent.Other(item.id, version, batch));
    }

    private void correction() {
        Model item = pick(items);
        String field = pick(
                item.kind == ItemKind.PROPOSAL
                        ? List.of("TITLE", "THEMES", "WORLD_DATE")
                        : List.of("TITLE", "THEMES", "DUE", "WORLD_DATE"));
        long corrects = field.equals("WORLD_DATE") ? pick(new ArrayList<>(item.datedVersions)) : 0;
        String value =
                switch (field) {
                    case "TITLE" -> "Corrected " + random.nextInt(1_000_000);
                    case "THEMES" -> String.join(",", themes());
                    case "DUE" ->
                        random.nextInt(3) == 0 ? "" : due(item.openedOn).toString();
                    default -> START.plusDays(random.nextInt(6 * 365)).toString();
                };
        long version = world.correct(item.id, corrects, field, value, "2025-01-01");
        if (field.equals("WORLD_DATE") && corrects == 0) {
            item.openedOn = LocalDate.parse(value);
        }
        item.version = version;
        events.add(new TestEvent.Corrected(item.id, version, batch, corrects, field, value));
    }

    /** Explicit parties, the body (all its members as of the date asked), or both. */
    private List<String> binds() {
        List<String> explicit = parties.subList(0, 1 + random.nextInt(parties.size()));
        return switch (random.nextInt(3)) {
            case 0 -> List.of(body);
            case 1 -> {
                List<String> both = new ArrayList<>(List.of(body));
                both.add(pick(explicit));
                yield both;
            }
            default -> List.copyOf(explicit);
        };
    }

    /**
     * The next change in one party's timeline, dated after its previous change so the timeline stays valid (join,
     * suspend/resume pairs, leave, join again); some are known only to the month and count from its first day.
     */
    private void membershipChange() {
        if (random.nextInt(3) == 0 && insertedBeforeADeparture()) {
            return;
        }
        String party = pick(everyParty);
        Membership member = membership.get(party);
        LocalDate day = (member.last == null ? START.minusDays(200) : member.last).plusDays(20 + random.nextInt(600));
        boolean monthOnly = random.nextInt(4) == 0
                && member.last != null
                && day.withDayOfMonth(1).isAfter(member.last);
        LocalDate from = monthOnly ? day.withDayOfMonth(1) : day;
        if (from.isAfter(START.plusYears(6))) {
            return;
        }
        String change =
                switch (member.state) {
                    case "MEMBER" -> pick(List.of("LEFT", "SUSPENDED", "SUSPENDED"));
                    case "SUSPENDED" -> pick(List.of("RESUMED", "RESUMED", "LEFT"));
                    default -> "JOINED";
                };
        record(party, change, from, monthOnly ? from.toString().substring(0, 7) : from.toString());
        member.dates.add(from);
        member.changes.add(change);
        member.last = from;
        member.state = switch (change) {
            case "SUSPENDED" -> "SUSPENDED";
            case "LEFT" -> "OUT";
            default -> "MEMBER";
        };
    }

    /**
     * A change recorded out of date order, into a party's past: a suspension while it was a member, or a resumption
     * while it was suspended, in the days before a recorded departure (a suspended member may leave, so the timeline
     * stays valid). Returns false when no timeline has room for one.
     */
    private boolean insertedBeforeADeparture() {
        List<Runnable> candidates = new ArrayList<>();
        for (String party : everyParty) {
            Membership member = membership.get(party);
            for (int i = 0; i < member.changes.size(); i++) {
                if (!member.changes.get(i).equals("LEFT")) {
                    continue;
                }
                String before = i == 0 ? "JOINED" : member.changes.get(i - 1);
                LocalDate after = i == 0 ? START.minusYears(1) : member.dates.get(i - 1);
                long gap = ChronoUnit.DAYS.between(after, member.dates.get(i));
                if (gap < 3 || before.equals("LEFT")) {
                    continue;
                }
                int at = i;
                candidates.add(() -> {
                    LocalDate from = after.plusDays(1 + random.nextInt((int) gap - 1));
                    String change = before.equals("SUSPENDED") ? "RESUMED" : "SUSPENDED";
                    record(party, change, from, from.toString());
                    member.dates.add(at, from);
                    member.changes.add(at, change);
                });
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        pick(candidates).run();
        return true;
    }

    private void record(String party, String change, LocalDate from, String date) {
        HttpResponse<String> response = world.api()
                .post(
                        "/api/bodies/" + body + "/memberships",
                        JsonMapper.builder()
                                .build()
                                .writeValueAsString(map(
                                        "party",
                                        party,
                                        "change",
                                        change,
                                        "worldDate",
                                        World.worldDate(date),
                                        "note",
                                        change + " " + party,
                                        "source",
                                        map("title", "Notice", "publisher", "Test", "locator", "p. 1"))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        memberships.add(new TestEvent.MembershipChange(party, batch, from, change));
    }

    private List<String> themes() {
        return THEMES.stream().filter(theme -> random.nextBoolean()).toList();
    }

    private WorldDate due(LocalDate from) {
        DatePrecision precision =
                pick(List.of(DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR, DatePrecision.ON_OR_BEFORE));
        return new WorldDate(from.plusDays(random.nextInt(3 * 365)), precision);
    }

    private <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        fields.put(key, value);
        return fields;
    }

    /** Where a party's timeline stands: its state after its latest change, and that change's first day. */
    private static final class Membership {
        final List<LocalDate> dates = new ArrayList<>();
        final List<String> changes = new ArrayList<>();
        String state;
        LocalDate last;

        Membership(boolean registered) {
            this.state = registered ? "MEMBER" : "OUT";
        }
    }

    /** What the generator must know to send only valid commands. */
    private static final class Model {
        final String id;
        final ItemKind kind;
        final String sessionId;
        final String actor;
        final List<String> binds;
        final Set<Long> datedVersions = new TreeSet<>(Set.of(0L));
        LocalDate openedOn;
        ItemStatus status;
        boolean returnedForRevision;
        long version;

        Model(String id, ItemKind kind, String sessionId, String actor, List<String> binds, LocalDate openedOn) {
            this.id = id;
            this.kind = kind;
            this.sessionId = sessionId;
            this.actor = actor;
            this.binds = List.copyOf(binds);
            this.openedOn = openedOn;
            this.status = Lifecycle.of(kind).opening();
        }
    }
}
