package org.commitmenttracker.watch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.commitmenttracker.item.query.ItemCriteria;
import org.commitmenttracker.item.query.ItemOrder;
import org.commitmenttracker.item.query.ItemPage;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemQuery;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.item.query.ItemSort;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/**
 * What falls due among what a user follows (the watch page, the digests) or across the register (the dashboard): open
 * items due within the configured window, and overdue items with the days elapsed. Overdue is the read model's own flag
 * (open, last day of the due date passed), so the watchlist never disagrees with the item list's overdue filter.
 */
@Component
public class Deadlines {

    private static final ItemOrder EARLIEST_DUE = ItemOrder.by(ItemSort.DUE, SortDirection.ASC);

    private final Watches watches;
    private final FollowedItems followed;
    private final ItemQueries items;
    private final WatchProperties properties;

    Deadlines(Watches watches, FollowedItems followed, ItemQueries items, WatchProperties properties) {
        this.watches = watches;
        this.followed = followed;
        this.items = items;
        this.properties = properties;
    }

    /**
     * The two lists, most pressing first, and how many items each has in all: the dashboard reads only the first few of
     * each, and the counts say how many more there are.
     */
    public record Due(
            LocalDate today,
            long windowDays,
            List<Deadline> dueSoon,
            List<Deadline> overdue,
            long dueSoonCount,
            long overdueCount) {}

    /** Among what the user follows, as of today. */
    public Due of(String username) {
        return among(List.copyOf(followed.of(watches.of(username)).values()), LocalDate.now(ZoneOffset.UTC));
    }

    /**
     * The dashboard's deadlines among every open item (of one body, if given) as the register stood on the axes' world
     * date: the overdue items and their count as the dashboard's figures already hold them (open and overdue, soonest
     * due first, the first {@code shown}), and the first {@code shown} due soon with their count. Due soon is a range
     * of due dates (today to the window's end, which for an open item is the same as not overdue but due by then), so
     * it reads only the items in that range: as one more page of the item list over every open item it counted and
     * sorted about 40,000 of them at 100,000 items, as did the overdue list the figures already had (issue #17).
     */
    public Due across(String body, TimeAxes axes, int shown, List<ItemRow> overdue, long overdueCount) {
        LocalDate today = axes.asOf();
        long window = properties.dueSoon().toDays();
        ItemPage soon = items.page(new ItemQuery(
                ItemCriteria.any()
                        .withOpen(true)
                        .withBody(body)
                        .withOverdue(false)
                        .withDueFrom(today)
                        .withDueBy(today.plusDays(window)),
                EARLIEST_DUE,
                shown,
                0,
                axes));
        return new Due(
                today,
                window,
                soon.items().stream()
                        .map(row -> deadline(
                                row, ChronoUnit.DAYS.between(today, row.due().latestDay())))
                        .toList(),
                overdue.stream()
                        .limit(shown)
                        .map(row ->
                                deadline(row, ChronoUnit.DAYS.between(row.due().latestDay(), today)))
                        .toList(),
                soon.total(),
                overdueCount);
    }

    private Due among(List<ItemRow> rows, LocalDate today) {
        long window = properties.dueSoon().toDays();
        List<Deadline> overdue = rows.stream()
                .filter(ItemRow::overdue)
                .map(row -> deadline(row, ChronoUnit.DAYS.between(row.due().latestDay(), today)))
                .sorted(Comparator.comparingLong(Deadline::days).reversed())
                .toList();
        List<Deadline> soon = rows.stream()
                .filter(row -> row.open() && !row.overdue() && row.due() != null)
                .map(row ->
                        deadline(row, ChronoUnit.DAYS.between(today, row.due().latestDay())))
                .filter(deadline -> deadline.days() >= 0 && deadline.days() <= window)
                .sorted(Comparator.comparingLong(Deadline::days))
                .toList();
        return new Due(today, window, soon, overdue, soon.size(), overdue.size());
    }

    private static Deadline deadline(ItemRow row, long days) {
        return new Deadline(
                row.id(),
                row.kind(),
                row.title() == null ? row.titleOriginal() : row.title(),
                row.status(),
                row.due(),
                row.due().latestDay(),
                days);
    }
}
