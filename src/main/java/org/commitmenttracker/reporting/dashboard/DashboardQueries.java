package org.commitmenttracker.reporting.dashboard;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemGrouping;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemSpanTally;
import org.commitmenttracker.item.query.ItemTally;
import org.commitmenttracker.item.query.OpenFigures;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/**
 * Counts and top lists over the items in scope. Today from the incremental tally ({@link ItemQueries#today}); at other
 * axes from the as-of rectangles ({@link ItemQueries#past}); while neither can answer (a rebuild has not recomputed
 * them), from the items in scope computed once per request ({@link ItemQueries#snapshot}), against which the tests
 * compare both.
 */
@Component
public class DashboardQueries {

    /** The past axes' figures read their lists' candidates for this many rows at once. */
    static final int MAX_TOP = ItemSpanTally.MAX_TOP;

    private static final ItemCriteria OPEN = ItemCriteria.any().withOpen(true);
    private static final List<ItemGrouping> GROUPINGS =
            List.of(ItemGrouping.KIND, ItemGrouping.STATUS, ItemGrouping.THEME, ItemGrouping.PARTY);

    private final ItemQueries items;

    DashboardQueries(ItemQueries items) {
        this.items = items;
    }

    public Dashboard figures(String body, int top, TimeAxes axes) {
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidField("top", "must be between 1 and " + MAX_TOP);
        }
        return items.today(body, axes, tally -> fromTally(tally, body, top, axes))
                .or(() -> items.past(body, axes, spans -> fromTally(spans, body, top, axes)))
                .orElseGet(() -> fromSnapshot(body, top, axes));
    }

    /**
     * Today: counts kept incrementally, lists from indexed walks. Past axes: counts over the rows of the as-of
     * rectangles, lists from candidates (issue #17).
     */
    static Dashboard fromTally(OpenFigures tally, String body, int top, TimeAxes axes) {
        ItemTally.OpenCounts counts = tally.counts();
        return new Dashboard(
                counts.total(),
                counts.by().get(ItemGrouping.KIND),
                counts.by().get(ItemGrouping.STATUS),
                counts.by().get(ItemGrouping.THEME),
                counts.by().get(ItemGrouping.PARTY),
                counts.overdue(),
                tally.overdue(top),
                tally.oldestOpen(top),
                tally.mostFollowedUp(top),
                tally.recentlyChanged(top),
                body,
                axes.asOf(),
                axes.knownAt());
    }

    /**
     * While neither the tally nor the rectangles can answer (the derived tables are stale after a rebuild's replay, or
     * a body names a session not yet registered): the items in scope computed once from history and asked ten
     * questions.
     */
    Dashboard fromSnapshot(String body, int top, TimeAxes axes) {
        ItemCriteria overdue = OPEN.withOverdue(true);
        return items.snapshot(ItemCriteria.any().withBody(body), axes, scope -> {
            Map<ItemGrouping, Map<String, Long>> by = new EnumMap<>(ItemGrouping.class);
            GROUPINGS.forEach(grouping -> by.put(grouping, scope.counts(OPEN, grouping)));
            return new Dashboard(
                    scope.count(OPEN),
                    by.get(ItemGrouping.KIND),
                    by.get(ItemGrouping.STATUS),
                    by.get(ItemGrouping.THEME),
                    by.get(ItemGrouping.PARTY),
                    scope.count(overdue),
                    scope.list(overdue, ItemTally.BY_DUE, top),
                    scope.list(OPEN, ItemTally.OLDEST, top),
                    scope.list(ItemCriteria.any().withFollowedUp(true), ItemTally.MOST_FOLLOWED_UP, top),
                    scope.list(ItemCriteria.any(), ItemTally.RECENT, top),
                    body,
                    axes.asOf(),
                    axes.knownAt());
        });
    }
}
