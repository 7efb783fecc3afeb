package org.commitmenttracker.register.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commitmenttracker.shared.refusal.InvalidField;

/**
 * The rules of one party's membership timeline: join, then suspend and resume any number of times, then leave (a
 * suspended member may leave). Changes may be recorded out of world-date order, so a new change is placed by its date
 * and the whole timeline must still make sense; changes on the same date keep the order they were recorded in.
 */
final class Membership {

    /** One change; {@code date} is null for an initial member of a body registered without a date. */
    record Step(LocalDate date, MembershipChange change) {}

    private enum State {
        OUTSIDE,
        MEMBER,
        SUSPENDED
    }

    private static final Comparator<LocalDate> EARLIEST_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    private Membership() {}

    /** Refuses {@code next} (InvalidField naming "change" or "worldDate") unless the timeline stays valid with it. */
    static void check(String body, String party, List<Step> timeline, Step next) {
        List<Step> steps = new ArrayList<>(timeline);
        int at = insert(steps, next);
        State state = State.OUTSIDE;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            State after = apply(state, step.change());
            if (after == null && i == at) {
                throw new InvalidField("change", refusal(body, party, state, next));
            }
            if (after == null) {
                throw new InvalidField(
                        "worldDate",
                        "a change dated " + next.date() + " contradicts " + party + "'s membership change "
                                + step.change() + " recorded for " + step.date());
            }
            state = after;
        }
    }

    /** Inserts after every step dated on or before it; returns its index. */
    static int insert(List<Step> timeline, Step step) {
        int at = 0;
        while (at < timeline.size() && EARLIEST_FIRST.compare(timeline.get(at).date(), step.date()) <= 0) {
            at++;
        }
        timeline.add(at, step);
        return at;
    }

    private static State apply(State state, MembershipChange change) {
        return switch (change) {
            case JOINED -> state == State.OUTSIDE ? State.MEMBER : null;
            case LEFT -> state == State.OUTSIDE ? null : State.OUTSIDE;
            case SUSPENDED -> state == State.MEMBER ? State.SUSPENDED : null;
            case RESUMED -> state == State.SUSPENDED ? State.MEMBER : null;
        };
    }

    private static String refusal(String body, String party, State state, Step step) {
        String on = " on " + step.date();
        return switch (step.change()) {
            case JOINED -> party + " is already a member of " + body + on;
            case LEFT, SUSPENDED ->
                state == State.OUTSIDE
                        ? party + " is not a member of " + body + on
                        : party + "'s participation in " + body + " is already suspended" + on;
            case RESUMED -> party + " has no suspended participation in " + body + " to resume" + on;
        };
    }
}
