package org.commitmenttracker.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.commitmenttracker.register.party.PartyKind;
import org.commitmenttracker.register.party.PartyRegistered;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Register;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An event stored before its class moved into a module still loads, under its class of today. */
class RenamedEventTypesTest extends IntegrationTest {

    @Autowired
    EventStore eventStore;

    @Test
    void aPartyRegisteredStoredUnderItsOldNameLoadsAsTodaysClass() {
        Register register = new Register(api);
        String code = "OLD" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        jdbc.sql("""
                        INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                            time_stamp, payload_type, payload_revision, payload, meta_data)
                        SELECT ?, ?, 0, type, time_stamp, 'org.commitmenttracker.party.PartyRegistered', payload_revision,
                            convert_to(?, 'UTF8'), meta_data
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .params(
                        UUID.randomUUID().toString(),
                        "party:" + code,
                        "{\"code\":\"" + code + "\",\"name\":\"Old\",\"nameRu\":null,\"kind\":\"STATE\"}",
                        "party:" + register.party)
                .update();

        Object payload = eventStore.readEvents("party:" + code).next().getPayload();

        assertThat(payload).isEqualTo(new PartyRegistered(code, "Old", null, PartyKind.STATE));
    }
}
