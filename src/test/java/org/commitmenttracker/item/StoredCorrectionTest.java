package org.commitmenttracker.item;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.StoredEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Corrections carry typed values. Revision 1 stored every value as text, lists joined by commas; such events are in the
 * store for good and must still load, as the typed value.
 */
class StoredCorrectionTest extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void aRevisionOneCorrectionWithACommaJoinedListLoadsAsATypedList() {
        Register register = new Register(api);
        String itemId = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT ?, aggregate_identifier, 1, type, time_stamp, 'org.commitmenttracker.item.EntryCorrected',
                            '1', convert_to(?, 'UTF8'), meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .params(UUID.randomUUID().toString(), """
                        {"itemId": "%s", "correctsVersion": 0, "field": "THEMES", "value": "border-security, terrorism",
                         "reason": "themes misread", "worldDate": {"date": "2022-01-10", "precision": "DAY"},
                         "source": %s}""".formatted(itemId, Fixtures.SOURCE), itemId)
                .update();

        Object loaded = eventStore.readEvents(itemId, 1).next().getPayload();

        assertThat(loaded).isInstanceOfSatisfying(EntryCorrected.class, corrected -> assertThat(corrected.correction())
                .isEqualTo(new CorrectedValue.Themes(List.of("border-security", "terrorism"))));
    }

    @Test
    void aCorrectionIsStoredWithItsListAsAList() {
        Register register = new Register(api);
        String itemId = Register.created(
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10")));

        var answer = api.post("/api/items/" + itemId + "/corrections", """
                {"field": "THEMES", "value": "border-security,terrorism", "reason": "themes misread",
                 "worldDate": {"date": "2022-01-11", "precision": "DAY"}, "source": %s}""".formatted(Fixtures.SOURCE));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(StoredEvents.of(jdbc, itemId).getLast().payload())
                .contains("\"field\":\"THEMES\"", "\"value\":[\"border-security\",\"terrorism\"]");
    }
}
