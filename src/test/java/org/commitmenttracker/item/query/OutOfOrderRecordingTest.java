package org.commitmenttracker.item.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.RecordingClock;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;

/**
 * A live batch recomputes an item's as-of rectangles (rm_item_span, db/V230) only from its new events' earliest
 * recording instant on (item_span_refresh). An event stamped before the item's latest recorded instant, as another
 * node's clock may stamp it, must still leave the rectangles, and the steps kept from them, exactly as a whole
 * recomputation gives them: the intervals from that earlier instant on are cut again.
 */
class OutOfOrderRecordingTest extends IntegrationTest {

    @Test
    void anEventStampedBeforeTheItemsLatestLeavesTheRectanglesAsAWholeRecomputation() {
        // A body of its own: the shared scenario's lists are compared item for item by other tests.
        World world = new World(api);
        String party = world.party("OOR");
        String session = world.session(world.body("OORB", List.of(party)), "2021-11-10", party, Map.of());
        Instant recorded = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        Instant behind = recorded.plus(Duration.ofMinutes(60));
        Instant started = recorded.plus(Duration.ofMinutes(120));
        String pledge;
        try (RecordingClock ignored = RecordingClock.at(recorded)) {
            pledge = world.pledge(session, party, "2021-11-10", Map.of());
        }
        try (RecordingClock ignored = RecordingClock.at(started)) {
            world.status(pledge, "IN_PROGRESS", "2022-03-01");
        }
        Projections.awaitCaughtUp(api);
        assertThat(knownFrom(pledge)).containsExactly(recorded, started);

        // The next change comes from a clock an hour behind: stamped between the two instants before it.
        try (RecordingClock ignored = RecordingClock.at(behind)) {
            world.status(pledge, "FULFILLED", "2021-12-01");
        }
        Projections.awaitCaughtUp(api);

        assertThat(knownFrom(pledge)).containsExactly(recorded, behind, started);
        assertThat(kept(pledge)).isEqualTo(whole(pledge));
        Map<String, List<String>> steps = stepTables();
        jdbc.sql("SELECT item_span_steps_fill()").query().listOfRows();
        assertThat(stepTables()).as("the steps as all the rectangles give them").isEqualTo(steps);
    }

    private List<Instant> knownFrom(String item) {
        return jdbc.sql("SELECT DISTINCT lower(known) FROM rm_item_span WHERE item_id = :item ORDER BY 1")
                .param("item", item)
                .query((row, n) -> row.getObject(1, OffsetDateTime.class).toInstant())
                .list();
    }

    private List<String> kept(String item) {
        return jdbc.sql("SELECT t::text FROM rm_item_span t WHERE t.item_id = :item ORDER BY 1")
                .param("item", item)
                .query(String.class)
                .list();
    }

    private List<String> whole(String item) {
        return jdbc.sql("SELECT t::text FROM item_span_rows(ARRAY[:item]::varchar[], NULL::timestamptz[]) t ORDER BY 1")
                .param("item", item)
                .query(String.class)
                .list();
    }

    private Map<String, List<String>> stepTables() {
        return DerivedTables.dump(
                jdbc, List.of("rm_item_span_group", "rm_item_span_by_world", "rm_item_span_by_known"));
    }
}
