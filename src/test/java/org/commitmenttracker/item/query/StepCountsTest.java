package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the past scorecard's party-by-status counts ({@link ScopeScores#statusCounts} of {@link SpanSteps#statusGroups})
 * and the past list's total ({@link SpanSteps#total}) read from the rectangles' steps, along each axis, against
 * {@link ItemQueries#counts} and item_listing, which compute every item from history. At points where the steps need
 * their corrections: along world dates, known at instants between batches, with events recorded after them; along
 * recording instants, as of dates within the history, with statuses dated after them, known an hour on (a test records
 * every event within minutes, so at an instant among them the recording steps leave every item to the correction of
 * knownAt's hour, which the instants between batches check).
 */
class StepCountsTest extends IntegrationTest {

    private static final long SEED = 17_012L;

    @Autowired
    ItemQueries items;

    @Test
    void countsAndTotalsFromEitherAxisStepsEqualTheComputedOnes() {
        RandomHistory history = new RandomHistory(new World(api), SEED);
        List<Instant> between = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            history.batch(batch, 60);
            between.add(RandomHistory.instantBetweenBatches());
        }
        history.batch(4, 30);
        Projections.awaitCaughtUp(api);

        List<LocalDate> dates = List.of(
                LocalDate.of(2019, 6, 1),
                LocalDate.of(2020, 9, 15),
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2024, 7, 1));
        Instant hourOn = Instant.now().plus(Duration.ofHours(1));
        long compared = 0;
        Map<SpanSteps.Axis, Long> closed = new TreeMap<>();
        for (LocalDate asOf : dates) {
            for (Instant knownAt : between) {
                TimeAxes axes = new TimeAxes(asOf, knownAt);
                assertThat(count("SELECT count(*) FROM rm_item_event e WHERE e.recorded_at > :knownAt", axes))
                        .as("events after %s, which the world steps count as known", knownAt)
                        .isPositive();
                compared += compared(axes, SpanSteps.Axis.WORLD);
                closed.merge(SpanSteps.Axis.WORLD, closed(axes), Long::sum);
                // Along recording hours at the same instant: every event before it fell in its hour, so every item
                // recorded by then is counted by the hour's correction.
                compared(axes, SpanSteps.Axis.KNOWN);
            }
            TimeAxes later = new TimeAxes(asOf, hourOn);
            assertThat(count("SELECT count(*) FROM rm_item_status s WHERE s.world_date > :asOf", later))
                    .as("statuses dated after %s, which the recording steps count at their latest date", asOf)
                    .isPositive();
            compared += compared(later, SpanSteps.Axis.KNOWN);
            closed.merge(SpanSteps.Axis.KNOWN, closed(later), Long::sum);
        }
        assertThat(compared).as("items counted at the points").isGreaterThan(300);
        assertThat(closed.values())
                .as("closed items at either axis's points, which the steps count too")
                .hasSize(2)
                .allMatch(n -> n > 0);
    }

    /** The figures from the steps along {@code axis} at these axes, compared; returns how many items are there. */
    private long compared(TimeAxes axes, SpanSteps.Axis axis) {
        long total = count("SELECT count(*) FROM item_listing(:asOf, :knownAt)", axes);
        assertThat(SpanSteps.total(jdbc, axes, axis))
                .as("total, %s steps at %s", axis, axes)
                .isEqualTo(total);
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        jdbc.sql(ScopeScores.statusCounts(SpanSteps.statusGroups(axis), null))
                .params(ItemRows.withAxes(Map.of(), axes))
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString(3), p -> new TreeMap<>())
                            .put(rs.getString(4), rs.getLong(5));
                });
        assertThat(counts)
                .as("party-by-status counts, %s steps at %s", axis, axes)
                .isEqualTo(items.counts(ItemCriteria.any(), ItemGrouping.PARTY, ItemGrouping.STATUS, axes));
        return total;
    }

    private long closed(TimeAxes axes) {
        return count("SELECT count(*) FROM item_listing(:asOf, :knownAt) x WHERE NOT x.open", axes);
    }

    private long count(String sql, TimeAxes axes) {
        return jdbc.sql(sql)
                .params(ItemRows.withAxes(Map.of(), axes))
                .query(Long.class)
                .single();
    }
}
