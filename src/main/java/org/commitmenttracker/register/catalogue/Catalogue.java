package org.commitmenttracker.register.catalogue;

import java.util.Collection;
import java.util.Optional;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Answers "was this recorded, and as what?" from the first event of an aggregate. It reads the
 * event table, not a projection, so the answer is never behind and joins the caller's transaction.
 */
@Component
public class Catalogue {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    Catalogue(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Known> find(String aggregateId) {
        return jdbc.sql("""
                        SELECT type, payload_type, payload FROM domain_event_entry
                        WHERE aggregate_identifier = ? AND sequence_number = 0""")
                .param(aggregateId)
                .query((rs, row) -> new Known(rs.getString(1), simpleName(rs.getString(2)), json.readTree(rs.getBytes(3))))
                .optional();
    }

    public boolean exists(String aggregateId, String aggregateType) {
        return find(aggregateId).filter(known -> known.aggregateType().equals(aggregateType)).isPresent();
    }

    /** The newest event of an aggregate: its version, when and by whom it was recorded. */
    public Optional<Latest> latest(String aggregateId) {
        return jdbc.sql("""
                        SELECT sequence_number, time_stamp, meta_data FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number DESC LIMIT 1""")
                .param(aggregateId)
                .query((rs, row) -> {
                    JsonNode recordedBy = json.readTree(rs.getBytes(3)).get("recordedBy");
                    return new Latest(rs.getLong(1), java.time.Instant.parse(rs.getString(2)),
                            recordedBy == null ? "?" : recordedBy.asString());
                })
                .optional();
    }

    /** Refuses the command, naming the field, unless every code is a registered party. */
    public void requireParties(String field, Collection<String> codes) {
        for (String code : codes) {
            if (!exists(PartyCodes.aggregateId(code), "Party")) {
                throw new InvalidField(field, "party " + code + " is not registered");
            }
        }
    }

    /** An actor may be a party (a state pledging) or a body (a council adopting a decision). */
    public void requireActor(String field, String code) {
        if (!exists(PartyCodes.aggregateId(code), "Party") && !exists(BodyCodes.aggregateId(code), "Body")) {
            throw new InvalidField(field, code + " is neither a registered party nor a registered body");
        }
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    public record Latest(long version, java.time.Instant recordedAt, String recordedBy) {
    }

    /** An aggregate's type, the name of its first event, and that event's payload as JSON. */
    public record Known(String aggregateType, String firstEvent, JsonNode firstPayload) {
    }
}
