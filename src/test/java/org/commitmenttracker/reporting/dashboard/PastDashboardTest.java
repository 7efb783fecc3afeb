package org.commitmenttracker.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.commitmenttracker.item.query.ItemQueries;
import org.commitmenttracker.item.query.ItemRow;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard at past axes from the as-of rectangles ({@link ItemQueries#past}) against the snapshot path, which
 * computes every item's aggregates: two random histories of two bodies (status changes in any date order, follow-ups,
 * corrections, membership changes, decisions without a session), asked at random world dates and at random instants
 * between their batches, for each body and for every item, with long and short top lists (a short list is where a
 * missing candidate would show). Every figure, every row of every list and the order of every count must be equal.
 */
class PastDashboardTest extends IntegrationTest {

    private static final long SEED = 9_173L;
    private static final LocalDate EARLIEST = LocalDate.of(2018, 6, 1);

    @Autowired
    DashboardQueries dashboards;

    @Autowired
    ItemQueries items;

    @Test
    void pastFiguresFromTheRectanglesEqualTheSnapshotPath() {
        RandomHistory first = new RandomHistory(new World(api), SEED);
        RandomHistory second = new RandomHistory(new World(api), SEED + 1);
        List<Instant> instants = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            first.batch(batch, 55);
            instants.add(RandomHistory.instantBetweenBatches());
            second.batch(batch, 35);
            instants.add(RandomHistory.instantBetweenBatches());
        }
        Projections.awaitCaughtUp(api);
        instants.add(Instant.now());

        Random random = new Random(SEED);
        LocalDate yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1);
        int days = (int) ChronoUnit.DAYS.between(EARLIEST, yesterday);
        int rows = 0;
        int shortened = 0;
        int followedUp = 0;
        for (int point = 0; point < 16; point++) {
            // Before today, so that no point is today's on both axes, which the tally answers instead.
            TimeAxes axes = new TimeAxes(
                    EARLIEST.plusDays(random.nextInt(days)), instants.get(random.nextInt(instants.size())));
            for (String body : Arrays.asList(first.body(), second.body(), null)) {
                for (int top : List.of(100, 3)) {
                    Dashboard past = compared(body, top, axes);
                    for (List<ItemRow> list :
                            List.of(past.overdue(), past.oldestOpen(), past.mostFollowedUp(), past.recentlyChanged())) {
                        rows += list.size();
                        shortened += top == 3 && list.size() == 3 ? 1 : 0;
                    }
                    followedUp += past.mostFollowedUp().size();
                }
            }
        }
        assertThat(rows).as("list rows compared").isGreaterThan(1_000);
        assertThat(shortened).as("short lists cut at their top").isGreaterThan(20);
        assertThat(followedUp).as("followed-up rows compared").isGreaterThan(50);
    }

    /** The rectangles' answer, which must exist at past axes, equal to the snapshot's on the same axes. */
    private Dashboard compared(String body, int top, TimeAxes axes) {
        Optional<Dashboard> past = items.past(body, axes, spans -> DashboardQueries.fromTally(spans, body, top, axes));
        assertThat(past).as("the rectangles answer at %s", axes).isPresent();
        Dashboard expected = dashboards.fromSnapshot(body, top, axes);
        String as = "body %s, top %d, %s".formatted(body, top, axes);
        assertThat(past.get()).as(as).isEqualTo(expected);
        // Largest first, then by key: the maps' order is part of the answer.
        for (int i = 0; i < 4; i++) {
            assertThat(entries(past.get(), i)).as(as).isEqualTo(entries(expected, i));
        }
        return past.get();
    }

    private static List<Map.Entry<String, Long>> entries(Dashboard figures, int which) {
        Map<String, Long> counts =
                switch (which) {
                    case 0 -> figures.openByKind();
                    case 1 -> figures.openByStatus();
                    case 2 -> figures.openByTheme();
                    default -> figures.openByParty();
                };
        return new ArrayList<>(counts.entrySet());
    }
}
