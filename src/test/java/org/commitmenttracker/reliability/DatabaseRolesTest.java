package org.commitmenttracker.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * Least privilege: the application's own database role (the credentials anyone who reads the application's
 * configuration holds) can read and append events but not rewrite them, not switch the append-only triggers off, and
 * not alter the tables. Connects exactly as the application does.
 */
class DatabaseRolesTest extends IntegrationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Test
    void theApplicationRoleCanOnlyReadAndAppendEvents() throws SQLException {
        Scene scene = Scene.record(api);
        String item = scene.decision();
        TestDatabase database = TestDatabase.shared();
        List<String> statements = List.of(
                "UPDATE domain_event_entry SET payload = payload WHERE aggregate_identifier = '" + item + "'",
                "DELETE FROM domain_event_entry WHERE aggregate_identifier = '" + item + "'",
                "TRUNCATE domain_event_entry",
                "ALTER TABLE domain_event_entry DISABLE TRIGGER domain_event_entry_append_only",
                "ALTER TABLE domain_event_entry DISABLE TRIGGER ALL",
                "ALTER TABLE domain_event_entry ADD COLUMN forged TEXT",
                "DROP TRIGGER domain_event_entry_append_only ON domain_event_entry",
                "SET session_replication_role = replica",
                "INSERT INTO event_chain_head VALUES ('forged', 0, '\\x00')",
                "UPDATE event_chain_head SET last_sequence = 0 WHERE aggregate_identifier = '" + item + "'",
                "DELETE FROM event_chain_head",
                "UPDATE event_checkpoint SET key_id = 'forged'",
                "DELETE FROM event_checkpoint",
                "TRUNCATE event_checkpoint",
                "ALTER TABLE event_checkpoint DISABLE TRIGGER ALL",
                "DELETE FROM flyway_schema_history",
                "CREATE TABLE forged (id int)",
                // Restoring the rectangles' indexes executes these definitions as the owner (db/V340).
                "INSERT INTO item_derived_index_aside VALUES ('forged', 'CREATE TABLE forged (id int)')",
                "SELECT setval('domain_event_entry_seq', 1)");
        List<String> allowed = new ArrayList<>();
        try (Connection app =
                DriverManager.getConnection(database.url(), database.appUsername(), database.appPassword())) {
            app.setAutoCommit(true);
            for (String statement : statements) {
                try (Statement sql = app.createStatement()) {
                    sql.execute(statement);
                    allowed.add(statement);
                } catch (SQLException refused) {
                    assertThat(refused.getSQLState())
                            .as(statement + ": " + refused.getMessage())
                            .isEqualTo(INSUFFICIENT_PRIVILEGE);
                }
            }
            try (Statement sql = app.createStatement();
                    var rows = sql.executeQuery(
                            "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = '" + item + "'")) {
                rows.next();
                assertThat(rows.getLong(1))
                        .as("the application role still reads events")
                        .isEqualTo(1);
            }
            try (Statement sql = app.createStatement();
                    var rows = sql.executeQuery(
                            "SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                rows.next();
                assertThat(rows.getBoolean(1))
                        .as("the application role is not a superuser")
                        .isFalse();
            }
        }
        assertThat(allowed).as("statements the application role was allowed").isEmpty();
        // The application itself still appends through the same role.
        assertThat(api.post("/api/items/" + item + "/follow-ups", scene.followUp("after the probe"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(database.appUsername());
        System.out.printf(
                "RELIABILITY database roles: statements tried as the application role=%d, refused=%d%n",
                statements.size(), statements.size() - allowed.size());
    }
}
