package org.commitmenttracker.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.commitmenttracker.item.query.ItemSpanTally;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.shared.time.TimeAxes;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.RecordingClock;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The dashboard at past axes from the as-of rectangles ({@link ItemQueries#past}) against the snapshot path, which
 * computes every item's aggregates: two random histories of two bodies (status changes in any date order, follow-ups,
 * corrections, membership changes, decisions without a session), recorded an hour apart, asked at random world dates
 * and today, at random instants between their batches and now, for each body and for every item, with long and short
 * top lists (a short list is where a missing candidate would show), and each way the open items can be counted
 * ({@link ItemSpanTally.Way}). Every figure, every row of every list and the order of every count must be equal.
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
        // Each batch recorded an hour after the one before (from twelve hours ago), so that the steps along recording
        // instants, kept per hour (db/V284), count the earlier batches and leave only the asked hour's items to their
        // own rectangles. Asked during an hour after some of its events, and on the hour that follows, on which a few
        // facts of the next batch are recorded.
        Instant start = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(12));
        List<Instant> instants = new ArrayList<>();
        RandomHistory first;
        RandomHistory second;
        try (RecordingClock ignored = RecordingClock.from(start.minus(Duration.ofMinutes(30)))) {
            first = new RandomHistory(new World(api), SEED);
            second = new RandomHistory(new World(api), SEED + 1);
        }
        for (int batch = 0; batch < 4; batch++) {
            Instant hour = start.plus(Duration.ofHours(batch));
            // A few facts on the hour itself, which the instants asked include: the steps leave them out at that hour.
            try (RecordingClock ignored = RecordingClock.at(hour)) {
                first.batch(batch, 12);
            }
            try (RecordingClock clock = RecordingClock.from(hour.plus(Duration.ofMinutes(10)))) {
                first.batch(batch, 55);
                instants.add(clock.instant());
                second.batch(batch, 35);
                instants.add(clock.instant());
            }
            instants.add(hour.plus(Duration.ofHours(1)));
        }
        Projections.awaitCaughtUp(api);
        instants.add(Instant.now());

        Random random = new Random(SEED);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate yesterday = today.minusDays(1);
        int days = (int) ChronoUnit.DAYS.between(EARLIEST, yesterday);
        int rows = 0;
        int shortened = 0;
        int followedUp = 0;
        int asked = 0;
        for (int point = 0; point < 16; point++) {
            // Every instant between the batches once, and now; before today, so that no point is today's on both
            // axes, which the tally answers instead, or today at a past instant (the recording axis's steps answer
            // those by choice).
            Instant knownAt = point % 4 == 1 ? Instant.now() : instants.get(asked++ % (instants.size() - 1));
            LocalDate asOf = point % 4 == 0 ? today : EARLIEST.plusDays(random.nextInt(days));
            TimeAxes axes = new TimeAxes(asOf, knownAt);
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

    /**
     * The follow-up ranking at a past point is each item's count at that point, which the walk of ItemSpanTally bounds
     * by today's count. With 15 to 18 follow-ups, more than any other item of the tests' register, these items head the
     * list: one whose last follow-up is dated after the point (one less then, and ahead of the tie on its latest date),
     * one whose last follow-up was recorded after the point though dated before it, two equal in everything but their
     * id (the cut-off falls between them), and one with the most today and none at the point. A walk that trusted
     * today's count of either of the first two, or left out the items that today count only one more than the cut-off,
     * lists another item first; the snapshot path and the expected order catch both.
     */
    @Test
    void followUpRankingAtAPastPointCountsThatPointNotToday() {
        World world = new World(api);
        String party = world.party("FA");
        String body = world.body("FU", List.of(party, world.party("FB")));
        String session = world.session(body, "2020-01-10", party, Map.of());
        String equal = item(world, session, body);
        String twin = item(world, session, body);
        String datedLater = item(world, session, body);
        String recordedLater = item(world, session, body);
        String onlyLater = item(world, session, body);
        for (int day = 1; day <= 15; day++) {
            followUps(world, party, equal, february(day));
            followUps(world, party, twin, february(day));
            if (day < 15) {
                followUps(world, party, datedLater, february(day));
                followUps(world, party, recordedLater, february(day));
            }
        }
        followUps(world, party, datedLater, "2020-03-01", "2020-09-01");
        followUps(world, party, recordedLater, february(16));
        for (int day = 1; day <= 18; day++) {
            followUps(world, party, onlyLater, LocalDate.of(2020, 8, day).toString());
        }
        Projections.awaitCaughtUp(api);
        Instant before = RandomHistory.instantBetweenBatches();
        followUps(world, party, recordedLater, february(17));
        Projections.awaitCaughtUp(api);
        String first = equal.compareTo(twin) < 0 ? equal : twin;
        String second = first.equals(equal) ? twin : equal;

        LocalDate summer = LocalDate.of(2020, 6, 30);
        LocalDate winter = LocalDate.of(2021, 1, 1);
        Instant now = Instant.now();
        Map<TimeAxes, List<String>> expected = Map.of(
                new TimeAxes(summer, before), List.of(datedLater, recordedLater, first, second),
                new TimeAxes(summer, now), List.of(recordedLater, datedLater, first, second),
                new TimeAxes(winter, now), List.of(onlyLater, datedLater, recordedLater, first, second),
                new TimeAxes(winter, before), List.of(onlyLater, datedLater, recordedLater, first, second));
        expected.forEach((axes, order) -> {
            for (int top = 1; top <= order.size(); top++) {
                for (String scope : Arrays.asList(body, null)) {
                    List<String> listed = compared(scope, top, axes).mostFollowedUp().stream()
                            .map(ItemRow::id)
                            .toList();
                    assertThat(listed)
                            .as("%s, top %d, body %s", axes, top, scope)
                            .isEqualTo(order.subList(0, top));
                }
            }
        });
    }

    private static String item(World world, String session, String body) {
        return world.decision(session, body, "2020-01-10", Map.of());
    }

    private static void followUps(World world, String party, String item, String... dates) {
        for (String date : dates) {
            world.followUpOn(item, "PRESS_STATEMENT", party, "REAFFIRMED", date);
        }
    }

    private static String february(int day) {
        return LocalDate.of(2020, 2, day).toString();
    }

    /**
     * The rectangles' answer, which must exist at past axes, equal to the snapshot's on the same axes: counted each way
     * at every point (the steps along either axis with the items they leave out counted from their rectangles, or the
     * pass), not only the way the point would be counted by choice.
     */
    private Dashboard compared(String body, int top, TimeAxes axes) {
        Dashboard expected = dashboards.fromSnapshot(body, top, axes);
        Dashboard chosen = null;
        for (ItemSpanTally.Way way : ItemSpanTally.Way.values()) {
            Optional<Dashboard> past =
                    items.past(body, axes, way, spans -> DashboardQueries.fromTally(spans, body, top, axes));
            assertThat(past).as("the rectangles answer at %s", axes).isPresent();
            String as = "body %s, top %d, %s, %s".formatted(body, top, axes, way);
            assertThat(past.get()).as(as).isEqualTo(expected);
            // Largest first, then by key: the maps' order is part of the answer.
            for (int i = 0; i < 4; i++) {
                assertThat(entries(past.get(), i)).as(as).isEqualTo(entries(expected, i));
            }
            chosen = chosen == null ? past.get() : chosen;
        }
        return chosen;
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
