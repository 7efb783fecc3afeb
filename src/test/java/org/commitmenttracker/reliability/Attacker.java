package org.commitmenttracker.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.commitmenttracker.support.TestDatabase;

/**
 * Someone with superuser access to the database: with session_replication_role = replica no
 * ordinary trigger fires, so the append-only guard is bypassed and rows can be rewritten at will.
 */
final class Attacker implements AutoCloseable {

    private final Connection connection;

    Attacker(TestDatabase database) throws SQLException {
        connection = DriverManager.getConnection(database.url(), database.username(), database.password());
        execute("SET session_replication_role = replica");
    }

    /** Flips the lowest bit of one payload byte. */
    void alterOneByte(String aggregate, long sequence) throws SQLException {
        execute("UPDATE domain_event_entry SET payload = set_byte(payload, 12, get_byte(payload, 12) # 1) "
                + "WHERE aggregate_identifier = ? AND sequence_number = ?", aggregate, sequence);
    }

    void delete(String aggregate, long sequence) throws SQLException {
        execute("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?", aggregate, sequence);
    }

    /** Exchanges the places of two events, each keeping its own content and hash. */
    void swap(String aggregate, long first, long second) throws SQLException {
        String move = "UPDATE domain_event_entry SET sequence_number = ? WHERE aggregate_identifier = ? AND sequence_number = ?";
        execute(move, -1L, aggregate, first);
        execute(move, first, aggregate, second);
        execute(move, second, aggregate, -1L);
    }

    void truncateFrom(String aggregate, long sequence) throws SQLException {
        execute("DELETE FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number >= ?", aggregate, sequence);
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
