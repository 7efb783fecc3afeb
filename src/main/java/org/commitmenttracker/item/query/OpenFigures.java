package org.commitmenttracker.item.query;

import java.util.List;

/**
 * The dashboard's questions about the items in scope, answered without computing every item's aggregates: today by
 * {@link ItemTally} (kept tallies), at past axes by {@link ItemSpanTally} (the as-of rectangles). Both answer as
 * {@link ItemSnapshot} does over item_overview's rows, which the tests compare them with.
 */
public interface OpenFigures {

    /** Open items counted by kind, status, theme and party (largest first, then by key), and the overdue ones. */
    ItemTally.OpenCounts counts();

    /** Open items past their due date, soonest due first ({@link ItemTally#BY_DUE}). */
    List<ItemRow> overdue(int top);

    /** Open items by sessions elapsed since they opened ({@link ItemTally#OLDEST}). */
    List<ItemRow> oldestOpen(int top);

    /** Items with follow-ups, most first ({@link ItemTally#MOST_FOLLOWED_UP}). */
    List<ItemRow> mostFollowedUp(int top);

    /** Items by their latest recorded event, latest first ({@link ItemTally#RECENT}). */
    List<ItemRow> recentlyChanged(int top);
}
