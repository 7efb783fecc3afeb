package org.commitmenttracker.watch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.item.query.ItemFilter;
import org.commitmenttracker.item.query.ItemListRequest;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.shared.time.TimeAxes;
import org.springframework.stereotype.Component;

/** The items a watchlist covers: the followed items, and every item of a followed party, body, theme or search. */
@Component
class FollowedItems {

    private static final ItemListRequest ALL = new ItemListRequest(0, 500, null, null);

    private final ItemQueries items;
    private final SavedSearches searches;

    FollowedItems(ItemQueries items, SavedSearches searches) {
        this.items = items;
        this.searches = searches;
    }

    /** Item rows as they stand today, by id, without duplicates. */
    Map<String, ItemRow> of(List<Watch> watches) {
        Map<String, ItemRow> rows = new LinkedHashMap<>();
        TimeAxes now = TimeAxes.now();
        for (Watch watch : watches) {
            List<ItemRow> found =
                    switch (watch.kind()) {
                        case ITEM -> items.row(watch.target(), now).stream().toList();
                        case PARTY -> items.all(filter(watch.target(), null, null), ALL, now);
                        case BODY -> items.all(filter(null, watch.target(), null), ALL, now);
                        case THEME -> items.all(filter(null, null, watch.target()), ALL, now);
                        case SEARCH -> {
                            SavedSearches.Search search = searches.parse(watch.target());
                            yield items.all(search.filter(), ALL, search.axes());
                        }
                    };
            found.forEach(row -> rows.putIfAbsent(row.id(), row));
        }
        return rows;
    }

    private static ItemFilter filter(String party, String body, String theme) {
        return new ItemFilter(null, null, null, null, party, body, null, theme, null, null, null);
    }
}
