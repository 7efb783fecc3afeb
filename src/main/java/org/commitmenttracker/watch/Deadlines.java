package org.commitmenttracker.watch;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.item.query.ItemListRequest;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/**
 * What falls due among what a user follows (the watch page, the digests) or across the register (the dashboard): open
 * items due within the configured window, and overdue items with the days elapsed. Overdue is the read model's own flag
 * (open, last day of the due date passed), so the watchlist never disagrees with the item list's overdue filter.
 */
@Component
public class Deadlines {

    private static final ItemListRequest ALL = new ItemListRequest(0, 500, null, null);

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

    public record Due(LocalDate today, long windowDays, List<Deadline> dueSoon, List<Deadline> overdue) {}

    /** Among what the user follows, as of today. */
    public Due of(String username) {
        return among(List.copyOf(followed.of(watches.of(username)).values()), LocalDate.now(ZoneOffset.UTC));
    }

    /** Among every open item (of one body, if given) as the register stood on the axes' world date: the dashboard. */
    public Due across(String body, TimeAxes axes) {
        ItemFilter open = new ItemFilter(null, null, true, null, null, body, null, null, null, null, null);
        return among(items.all(open, ALL, axes), axes.asOf());
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
        return new Due(today, window, soon, overdue);
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
