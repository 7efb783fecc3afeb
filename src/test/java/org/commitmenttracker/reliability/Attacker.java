package org.commitmenttracker.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.commitmenttracker.support.TestDatabase;

/**
 * Someone with superuser access to the database: with session_replication_role = replica no ordinary trigger fires, so
 * the append-only guard is bypassed and rows can be rewritten at will.
 */
final class Attacker implements AutoCloseable {

    private final Connection connection;

    Attacker(TestDatabase database) throws SQLException {
        connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        execute("SET session_replication_role = replica");
    }

    /** Flips the lowest bit of one payload byte. */
    void alterOneByte(String aggregate, long sequence) throws SQLException {
        execute(
                "UPDATE domain_event_entry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                        + "WHERE aggregate_identifier = ? AND sequence_number = ?",
                aggregate,
                sequence);
    }

    void delete(String aggregate, long sequence) throws SQLException {
        execute(
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                aggregate,
                sequence);
    }

    /** Exchanges the places of two events, each keeping its own content and hash. */
    void swap(String aggregate, long first, long second) throws SQLException {
        String move =
                "UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? AND sequence_number = ?";
        execute(move, -1L, aggregate, first);
        execute(move, first, aggregate, second);
        execute(move, second, aggregate, -1L);
    }

    void truncateFrom(String aggregate, long sequence) throws SQLException {
        execute(
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?",
                aggregate,
                sequence);
    }

    /** Removes an aggregate's whole history and its chain head, as if it had never been recorded. */
    void removeAggregate(String aggregate) throws SQLException {
        execute("DELETE FROM domain_event_entry WHERE aggregate_identifier = ?", aggregate);
        execute("DELETE FROM event_chain_head WHERE aggregate_identifier = ?", aggregate);
    }

    /**
     * Rewrites the chain from one sequence on, with the database's own hash function, and moves the head: a consistent
     * forgery that the per-event chain check alone cannot see.
     */
    void rehashFrom(String aggregate, long sequence) throws SQLException {
        execute("""
                DO $$
                DECLARE
                    e RECORD;
                    previous BYTEA;
                BEGIN
                    SELECT chain_hash INTO previous FROM domain_event_entry
                    WHERE aggregate_identifier = '%1$s' AND sequence_number = %2$d - 1;
                    IF previous IS NULL THEN previous := decode(repeat('00', 32), 'hex'); END IF;
                    FOR e IN SELECT * FROM domain_event_entry WHERE aggregate_identifier = '%1$s' AND sequence_number >= %2$d
                             ORDER BY sequence_number LOOP
                        previous := event_chain_hash(previous, e.aggregate_identifier, e.sequence_number, e.event_identifier,
                            e.time_stamp, e.type, e.payload_type, e.payload_revision, e.payload, e.meta_data);
                        UPDATE domain_event_entry SET chain_hash = previous WHERE global_index = e.global_index;
                        UPDATE event_chain_head SET last_hash = previous, last_sequence = e.sequence_number
                        WHERE aggregate_identifier = e.aggregate_identifier;
                    END LOOP;
                END $$""".formatted(aggregate.replace("'", "''"), sequence));
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
