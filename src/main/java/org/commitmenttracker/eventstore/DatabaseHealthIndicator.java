package org.commitmenttracker.eventstore;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Shown as "database" in /actuator/health: whether PostgreSQL answers, asked over a connection of its own. Boot's own
 * check borrowed from the request pool, which is busiest exactly when someone looks at health: behind 50 readers a
 * probe waited its turn for seconds, and past the pool's connection timeout it reported the database DOWN although the
 * server was only busy (issue #17). The pool's load is shown beside it for admins, so a saturated pool is visible
 * without being called an outage.
 */
@Component("database")
class DatabaseHealthIndicator implements HealthIndicator, DisposableBean {

    /** Long enough for a busy server to answer, short enough for an orchestrator's probe timeout. */
    private static final long PROBE_TIMEOUT_MS = 2_000;

    private final HikariDataSource pool;
    private final HikariDataSource probe;

    DatabaseHealthIndicator(DataSource dataSource) throws SQLException {
        // The application's pool (behind the replica router, if one is configured: unwrapped outside a request, it is
        // the primary's).
        this.pool = dataSource.unwrap(HikariDataSource.class);
        this.probe = new HikariDataSource(probeConfig(pool));
    }

    /** The pool's own settings (server, role, or the embedded server's data source), for at most one connection. */
    private static HikariConfig probeConfig(HikariDataSource pool) {
        HikariConfig config = new HikariConfig();
        pool.copyStateTo(config);
        config.setPoolName("health");
        config.setMaximumPoolSize(1);
        // No connection held between probes, and none at start: a node that is never probed costs the server nothing,
        // and a database that is down at start does not stop the application from starting and saying so.
        config.setMinimumIdle(0);
        config.setInitializationFailTimeout(-1);
        config.setConnectionTimeout(PROBE_TIMEOUT_MS);
        config.setConnectionInitSql("SET statement_timeout = '" + PROBE_TIMEOUT_MS + "ms'");
        config.setReadOnly(true);
        config.setRegisterMbeans(false);
        config.setMetricRegistry(null);
        config.setMetricsTrackerFactory(null);
        config.setHealthCheckRegistry(null);
        return config;
    }

    @Override
    public Health health() {
        Health.Builder health;
        try (Connection connection = probe.getConnection()) {
            health = connection.isValid((int) (PROBE_TIMEOUT_MS / 1000)) ? Health.up() : Health.down();
            health.withDetail("database", connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            health = Health.down().withDetail("error", e.getMessage());
        }
        HikariPoolMXBean load = pool.getHikariPoolMXBean();
        if (load != null) {
            health.withDetail(
                    "pool",
                    Map.of(
                            "active", load.getActiveConnections(),
                            "idle", load.getIdleConnections(),
                            "waiting", load.getThreadsAwaitingConnection(),
                            "max", pool.getMaximumPoolSize()));
        }
        return health.build();
    }

    @Override
    public void destroy() {
        probe.close();
    }
}
