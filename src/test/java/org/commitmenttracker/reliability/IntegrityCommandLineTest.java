package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.UUID;
import org.commitmenttracker.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * {@code --verify-integrity} on the command line: the real main method in its own JVM, against a database of its own,
 * exits 0 while the chains hold and 1, naming the first bad position, after one byte of one event is changed.
 */
class IntegrityCommandLineTest {

    @Test
    void exitsZeroWhenIntactAndOneWithTheFirstBadPositionWhenNot() throws Exception {
        TestDatabase database = TestDatabase.create();
        Flyway.configure()
                .dataSource(database.url(), database.username(), database.password())
                .locations("classpath:db/migration")
                .placeholders(java.util.Map.of("app_role", database.appUsername()))
                .load()
                .migrate();
        String aggregate = "cli-" + UUID.randomUUID();
        appendEvents(database, aggregate, 3);

        ApplicationProcess.Outcome intact = ApplicationProcess.run(database, "--verify-integrity");
        assertThat(intact.exitCode()).as(intact.output()).isZero();
        assertThat(intact.output()).contains("Event store integrity: INTACT (3 events in 1 aggregates");

        try (Attacker attacker = new Attacker(database)) {
            attacker.alterOneByte(aggregate, 2);
        }
        ApplicationProcess.Outcome broken = ApplicationProcess.run(database, "--verify-integrity");
        assertThat(broken.exitCode()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output())
                .contains("Event store integrity: BROKEN")
                .contains("first bad position: aggregate " + aggregate + ", sequence 2: the hash does not match");
        System.out.printf(
                "RELIABILITY verify on the command line: intact store exit=%d, one altered byte exit=%d%n",
                intact.exitCode(), broken.exitCode());
    }

    /** Appends as Axon would, through the table's triggers, without starting the application. */
    private static void appendEvents(TestDatabase database, String aggregate, int count) throws Exception {
        try (Connection connection =
                        DriverManager.getConnection(database.url(), database.username(), database.password());
                PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,
                         payload_type, payload_revision, payload, meta_data)
                     VALUES (?, ?, ?, 'Test', '2026-11-21T10:00:00Z', 'test.Noted', '1', convert_to(?, 'UTF8'), NULL)""")) {
            for (int sequence = 0; sequence < count; sequence++) {
                insert.setString(1, UUID.randomUUID().toString());
                insert.setString(2, aggregate);
                insert.setLong(3, sequence);
                insert.setString(4, "{\"note\": \"event " + sequence + " written for the command-line test\"}");
                insert.executeUpdate();
            }
        }
    }
}
