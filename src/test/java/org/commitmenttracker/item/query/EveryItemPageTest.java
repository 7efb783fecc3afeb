package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.commitmenttracker.item.query.ItemSort.SortDirection;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of the list of every item ({@link EveryItemPage}). Today, chosen from rm_item_current's own rows, against
 * item_current, which answers every list today: in each order, every page's ids in order and the total. At past axes,
 * newest first, walked along the as-of rectangles, against item_listing, which computes every item from history. Asked
 * as known a few seconds ago, so that the items changed since are among the rows the table cannot answer for (computed
 * from history and merged into the page), and the items recorded since are not in the list at all.
 */
class EveryItemPageTest extends IntegrationTest {

    /**
     * The list covers every item of the shared register, thousands once the whole suite has run, and the first pass
     * must end within the minute that its instant still counts as today (ItemRows.today). Pages of 7 took 118 s in a
     * fresh-clone CI on a slow machine, with that minute nearly spent; pages of 25 still cross the computed rows many
     * times.
     */
    private static final int PAGE = 25;

    /** Past world dates within and after the random history (it starts in 2019). */
    private static final List<LocalDate> PAST = List.of(
            LocalDate.of(2020, 3, 1), LocalDate.of(2021, 6, 15), LocalDate.of(2022, 10, 1), LocalDate.of(2024, 1, 31));

    @Autowired
    ItemRows rows;

    @Test
    void pagesAndTotalsAreItemCurrentsInEveryOrder() {
        World world = new World(api);
        RandomHistory history = new RandomHistory(world, 20_261_130L);
        history.batch(0, 150);
        Projections.awaitCaughtUp(api);
        // A short batch, and the lists as known before it first: that instant counts as today for a minute only.
        Instant before = Instant.now();
        history.batch(1, 12);
        Projections.awaitCaughtUp(api);

        TimeAxes moments = new TimeAxes(LocalDate.now(ZoneOffset.UTC), before);
        assertThat(ItemRows.today(moments))
                .as("a few seconds ago is still today")
                .isTrue();
        assertThat(unsettledAt(moments))
                .as("items changed since, computed from history")
                .isPositive();

        List<ItemOrder> orders = List.of(
                ItemOrder.by(ItemSort.OPENED, SortDirection.DESC),
                ItemOrder.by(ItemSort.OPENED, SortDirection.ASC),
                ItemOrder.by(ItemSort.TITLE, SortDirection.ASC),
                ItemOrder.by(ItemSort.DUE, SortDirection.ASC).then(ItemSort.STATUS, SortDirection.DESC),
                ItemOrder.by(ItemSort.FOLLOW_UPS, SortDirection.DESC),
                ItemOrder.by(ItemSort.LAST_CHANGED, SortDirection.DESC),
                ItemOrder.byId());

        int compared = 0;
        for (int pass = 0; pass < 2; pass++) {
            TimeAxes axes = pass == 0 ? moments : TimeAxes.now();
            for (ItemOrder order : orders) {
                List<String> expected = itemCurrent(ItemCriteria.any(), order, axes);
                List<String> paged = new ArrayList<>();
                for (long offset = 0; offset <= expected.size() + PAGE; offset += PAGE) {
                    ItemQuery query = new ItemQuery(ItemCriteria.any(), order, PAGE, offset, axes);
                    assertThat(EveryItemPage.answersToday(query)).isTrue();
                    ItemRows.Counted page = rows.page(query);
                    String what = "%s at %s, offset %d".formatted(order, axes, offset);
                    assertThat(page.total()).as(what).isEqualTo(expected.size());
                    page.rows().forEach(row -> paged.add(row.id()));
                }
                assertThat(paged).as("%s at %s", order, axes).isEqualTo(expected);
                compared += expected.size();
            }
        }
        assertThat(compared).as("rows compared").isGreaterThan(400);

        // At past axes, newest first: the rectangles walked in that order, against item_listing, which computes
        // every item from the versioned rows.
        int pastCompared = 0;
        for (Instant knownAt : Arrays.asList(before, null)) {
            for (LocalDate asOf : PAST) {
                TimeAxes axes = new TimeAxes(asOf, knownAt);
                List<String> expected = itemListing(axes);
                List<String> paged = new ArrayList<>();
                for (long offset = 0; offset <= expected.size() + PAGE; offset += PAGE) {
                    ItemQuery query = new ItemQuery(ItemCriteria.any(), orders.getFirst(), PAGE, offset, axes);
                    assertThat(EveryItemPage.answersPast(query)).isTrue();
                    ItemRows.Counted page = rows.page(query);
                    assertThat(page.total()).as("%s, offset %d", axes, offset).isEqualTo(expected.size());
                    page.rows().forEach(row -> paged.add(row.id()));
                }
                assertThat(paged).as("%s", axes).isEqualTo(expected);
                pastCompared += expected.size();
            }
        }
        assertThat(pastCompared).as("rows compared at past axes").isGreaterThan(100);

        // Filtered lists keep item_current's path (EveryItemPage.answers says why), as do past axes.
        assertThat(EveryItemPage.answersToday(
                        new ItemQuery(ItemCriteria.any().withOpen(true), orders.getFirst(), PAGE, 0, TimeAxes.now())))
                .isFalse();
        assertThat(EveryItemPage.answersToday(new ItemQuery(
                        ItemCriteria.any(), orders.getFirst(), PAGE, 0, new TimeAxes(LocalDate.of(2021, 7, 4), null))))
                .isFalse();
    }

    private List<String> itemCurrent(ItemCriteria criteria, ItemOrder order, TimeAxes axes) {
        ItemConditions where = ItemConditions.of(criteria, axes);
        return jdbc.sql("SELECT x.item_id FROM item_current(:asOf, :knownAt) x WHERE " + where.sql() + " ORDER BY "
                        + order.sql())
                .params(where.parameters())
                .query(String.class)
                .list();
    }

    private List<String> itemListing(TimeAxes axes) {
        return jdbc.sql("SELECT x.item_id FROM item_listing(:asOf, :knownAt) x"
                        + " ORDER BY x.opened_on DESC NULLS LAST, x.item_id")
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .query(String.class)
                .list();
    }

    private long unsettledAt(TimeAxes axes) {
        return jdbc.sql("SELECT count(*) FROM rm_item_current c"
                        + " WHERE item_row_unsettled(c.settled_on, c.last_changed_at, :asOf, :knownAt)")
                .param("asOf", axes.asOf())
                .param("knownAt", axes.knownAtParameter())
                .query(Long.class)
                .single();
    }
}
