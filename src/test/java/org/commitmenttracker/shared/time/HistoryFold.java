package org.commitmenttracker.shared.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.shared.provenance.WorldDate;

/**
 * The reference answer: folds, per item and in version order, only the events recorded in a batch up to
 * {@code knownBatch} and dated on or before {@code asOf}. Corrections apply once recorded, whatever asOf; a WORLD_DATE
 * correction moves the fact it names.
 */
final class HistoryFold {

    private HistoryFold() {}

    record Expected(
            String id,
            String status,
            boolean open,
            boolean overdue,
            String title,
            List<String> themes,
            String due,
            String actor,
            LocalDate openedOn,
            long followUps,
            String lastFollowUpSession,
            Long sessionsElapsed,
            long version) {}

    static Map<String, Expected> fold(
            List<TestEvent> events, List<TestEvent.Session> sessions, LocalDate asOf, int knownBatch) {
        Map<String, List<TestEvent>> byItem = new LinkedHashMap<>();
        events.stream().filter(e -> e.batch() <= knownBatch).forEach(e -> byItem.computeIfAbsent(
                        e.itemId(), id -> new ArrayList<>())
                .add(e));
        Map<String, Expected> expected = new HashMap<>();
        byItem.forEach((id, known) -> {
            Expected row = item(id, known, sessions, asOf, knownBatch);
            if (row != null) {
                expected.put(id, row);
            }
        });
        return expected;
    }

    /**
     * The items listed for {@code party}: of the folded rows, those whose actor is the party, whose binds name it, or
     * that bind the body that adopted them while the party takes part in it on asOf as known after knownBatch.
     */
    static Map<String, Expected> forParty(
            Map<String, Expected> folded,
            List<TestEvent> events,
            Members members,
            String party,
            LocalDate asOf,
            int knownBatch) {
        boolean member = members.at(asOf, knownBatch).contains(party);
        Map<String, Expected> listed = new HashMap<>();
        for (TestEvent e : events) {
            if (e instanceof TestEvent.Opened o && folded.containsKey(o.itemId())) {
                boolean bindsTheBody = o.binds().contains(o.actor());
                if (o.actor().equals(party) || o.binds().contains(party) || bindsTheBody && member) {
                    listed.put(o.itemId(), folded.get(o.itemId()));
                }
            }
        }
        return listed;
    }

    /**
     * The body's membership timeline: a registered member takes part from before any date; each party's latest change
     * recorded by knownBatch and counting from asOf or earlier (same day: the later recorded) decides, and only JOINED
     * or RESUMED takes part.
     */
    record Members(List<String> registered, List<TestEvent.MembershipChange> changes) {

        Set<String> at(LocalDate asOf, int knownBatch) {
            Map<String, TestEvent.MembershipChange> latest = new HashMap<>();
            for (TestEvent.MembershipChange c : changes) {
                if (c.batch() > knownBatch || c.from().isAfter(asOf)) {
                    continue;
                }
                TestEvent.MembershipChange before = latest.get(c.party());
                if (before == null || !c.from().isBefore(before.from())) {
                    latest.put(c.party(), c);
                }
            }
            Set<String> taking = new HashSet<>();
            registered.stream().filter(p -> !latest.containsKey(p)).forEach(taking::add);
            latest.forEach((party, c) -> {
                if (c.change().equals("JOINED") || c.change().equals("RESUMED")) {
                    taking.add(party);
                }
            });
            return taking;
        }
    }

    private static Expected item(
            String id, List<TestEvent> known, List<TestEvent.Session> sessions, LocalDate asOf, int knownBatch) {
        Map<Long, WorldDate> dates = new HashMap<>();
        for (TestEvent e : known) {
            switch (e) {
                case TestEvent.Opened o -> dates.put(o.version(), o.date());
                case TestEvent.StatusSet s -> dates.put(s.version(), s.date());
                case TestEvent.Corrected c
                when c.field().equals("WORLD_DATE") -> dates.put(c.correctsVersion(), WorldDate.parse(c.value()));
                default -> {}
            }
        }
        TestEvent.Opened opening = (TestEvent.Opened) known.getFirst();
        LocalDate openedOn = dates.get(0L).date();
        if (openedOn.isAfter(asOf)) {
            return null;
        }
        String title = opening.title();
        List<String> themes = opening.themes();
        WorldDate due = opening.due();
        String status = Lifecycle.of(opening.kind()).opening().name();
        long followUps = 0;
        TestEvent.FollowedUp last = null;
        for (TestEvent e : known) {
            switch (e) {
                case TestEvent.StatusSet s when !dates.get(s.version()).date().isAfter(asOf) -> status = s.to();
                case TestEvent.FollowedUp f
                when !f.date().date().isAfter(asOf) -> {
                    followUps++;
                    if (last == null
                            || f.date().date().isAfter(last.date().date())
                            || f.date().date().equals(last.date().date()) && f.version() > last.version()) {
                        last = f;
                    }
                }
                case TestEvent.Corrected c when c.field().equals("TITLE") -> title = c.value();
                case TestEvent.Corrected c
                when c.field().equals("THEMES") ->
                    themes = c.value().isEmpty()
                            ? List.of()
                            : Arrays.asList(c.value().split(","));
                case TestEvent.Corrected c
                when c.field().equals("DUE") -> due = c.value().isEmpty() ? null : WorldDate.parse(c.value());
                default -> {}
            }
        }
        boolean open = Lifecycle.of(opening.kind()).isOpen(ItemStatus.valueOf(status));
        Long elapsed = opening.sessionId() == null
                ? null
                : sessions.stream()
                        .filter(s -> s.batch() <= knownBatch
                                && s.date().date().isAfter(openedOn)
                                && !s.date().date().isAfter(asOf))
                        .count();
        return new Expected(
                id,
                status,
                open,
                open && due != null && due.latestDay().isBefore(asOf),
                title,
                themes,
                due == null ? null : due.toString(),
                opening.actor(),
                openedOn,
                followUps,
                last == null ? null : last.sessionId(),
                elapsed,
                known.getLast().version());
    }
}
