package org.commitmenttracker.reporting.dashboard;

import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemGrouping;
import org.commitmenttracker.item.query.ItemOrder;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/** Counts and top lists over the items in scope, computed once per request ({@link ItemQueries#snapshot}). */
@Component
public class DashboardQueries {

    static final int MAX_TOP = 100;

    private static final ItemCriteria OPEN = ItemCriteria.any().withOpen(true);
    private static final ItemOrder BY_DUE = ItemOrder.by(ItemSort.DUE, SortDirection.ASC);
    private static final ItemOrder OLDEST =
            ItemOrder.by(ItemSort.SESSIONS_ELAPSED, SortDirection.DESC).then(ItemSort.OPENED, SortDirection.ASC);
    private static final ItemOrder MOST_FOLLOWED_UP =
            ItemOrder.by(ItemSort.FOLLOW_UPS, SortDirection.DESC).then(ItemSort.LAST_FOLLOW_UP, SortDirection.DESC);
    private static final ItemOrder RECENT = ItemOrder.by(ItemSort.LAST_CHANGED, SortDirection.DESC);

    private final ItemQueries items;

    DashboardQueries(ItemQueries items) {
        this.items = items;
    }

    public Dashboard figures(String body, int top, TimeAxes axes) {
        if (top < 1 || top > MAX_TOP) {
            throw new InvalidField("top", "must be between 1 and " + MAX_TOP);
        }
        ItemCriteria overdue = OPEN.withOverdue(true);
        return items.snapshot(
                ItemCriteria.any().withBody(body),
                axes,
                scope -> new Dashboard(
                        scope.count(OPEN),
                        scope.counts(OPEN, ItemGrouping.KIND),
                        scope.counts(OPEN, ItemGrouping.STATUS),
                        scope.counts(OPEN, ItemGrouping.THEME),
                        scope.counts(OPEN, ItemGrouping.PARTY),
                        scope.count(overdue),
                        scope.list(overdue, BY_DUE, top),
                        scope.list(OPEN, OLDEST, top),
                        scope.list(ItemCriteria.any().withFollowedUp(true), MOST_FOLLOWED_UP, top),
                        scope.list(ItemCriteria.any(), RECENT, top),
                        body,
                        axes.asOf(),
                        axes.knownAt()));
    }
}
