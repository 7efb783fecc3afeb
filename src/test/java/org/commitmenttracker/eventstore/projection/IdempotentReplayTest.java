package org.commitmenttracker.eventstore.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.commitmenttracker.shared.time.RandomHistory;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.ItemScenario;
import org.commitmenttracker.support.Projections;
import org.commitmenttracker.support.World;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events delivered again over rows that already hold them (a retried batch, a token lost) change nothing: every write
 * is an upsert keyed by the event, and corrections close rows only once.
 */
class IdempotentReplayTest extends IntegrationTest {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void redeliveringEveryEventWithoutAResetLeavesTheItemTablesUnchanged() {
        ItemScenario.shared(api);
        RandomHistory history = new RandomHistory(new World(api), 1_234L);
        history.batch(0, 60);
        Projections.awaitCaughtUp(api);
        Map<String, List<String>> before = itemTables();

        StreamingEventProcessor items = processing
                .eventProcessor(ProcessingGroups.ITEMS, StreamingEventProcessor.class)
                .orElseThrow();
        items.shutDown();
        // A token of null means "from the first event": every item event is delivered once more.
        jdbc.sql("UPDATE token_entry SET token = NULL, token_type = NULL WHERE processor_name = ?")
                .param(ProcessingGroups.ITEMS)
                .update();
        items.start();
        Projections.awaitCaughtUp(api);

        assertThat(itemTables()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM dead_letter_entry WHERE processing_group = ?")
                        .param(ProcessingGroups.ITEMS)
                        .query(Long.class)
                        .single())
                .as("no redelivered event failed")
                .isZero();
    }

    private Map<String, List<String>> itemTables() {
        Map<String, List<String>> tables = new TreeMap<>();
        for (String table : List.of(
                "rm_item",
                "rm_item_statement",
                "rm_item_status",
                "rm_item_follow_up",
                "rm_item_assessment",
                "rm_item_link",
                "rm_item_event",
                "rm_item_current",
                "rm_item_span",
                "rm_item_span_group",
                "rm_item_span_by_world",
                "rm_item_span_by_known",
                "rm_item_text_span",
                "rm_item_score_span",
                "rm_item_score_step",
                "rm_item_tally")) {
            tables.put(
                    table,
                    jdbc.sql("SELECT t::text FROM " + table + " t ORDER BY 1")
                            .query(String.class)
                            .list());
        }
        return tables;
    }
}
