package org.commitmenttracker.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Health tells a busy server from a dead one (issue #17): with every connection of the request pool taken, as behind 50
 * readers, /actuator/health still answers UP at once from its own connection instead of waiting for the pool and then
 * reporting the database DOWN.
 */
class DatabaseHealthTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aSaturatedPoolIsNotAnOutage() throws Exception {
        // Health reports a reconciliation younger than a minute: run one now, so the probe below needs no pool either.
        assertThat(api.get("/actuator/health").statusCode()).isEqualTo(200);
        JsonNode before = Json.read(api.get("/actuator/health").body());
        assertThat(before.at("/components/database/status").asString()).isEqualTo("UP");
        assertThat(before.at("/components/database/details/pool/max").asInt()).isEqualTo(10);
        assertThat(before.get("components").has("db")).isFalse();

        HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
        List<Connection> held = new ArrayList<>();
        try {
            while (held.size() < pool.getMaximumPoolSize()) {
                held.add(pool.getConnection());
            }
            assertThat(pool.getHikariPoolMXBean().getIdleConnections()).isZero();
            // Anonymous: signing in would itself need a pooled connection to read the account.
            var health = anonymous.get("/actuator/health");
            assertThat(health.statusCode()).as(health.body()).isEqualTo(200);
            assertThat(Json.read(health.body()).get("status").asString()).isEqualTo("UP");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        JsonNode after = Json.read(api.get("/actuator/health").body());
        assertThat(after.at("/components/database/status").asString()).isEqualTo("UP");
    }
}
