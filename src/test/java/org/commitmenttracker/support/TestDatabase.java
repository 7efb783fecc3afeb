package org.commitmenttracker.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A throw-away PostgreSQL database for one test run. Where a Docker engine answers it is a Testcontainers PostgreSQL;
 * otherwise a fresh database is created on the server named by the standard PG* variables (default localhost:5432) and
 * dropped when the JVM exits.
 *
 * <p>{@code username}/{@code password} are the owner's (a superuser: Flyway, and tests that tamper); the application
 * itself runs as {@code appUsername}, a login role of this database's own that holds only the grants of db/afterMigrate
 * (README, "Database roles"). Roles are cluster-wide and several runs may share the server, so each database gets a
 * role named after it, dropped with it.
 */
public record TestDatabase(String url, String username, String password, String appUsername, String appPassword) {

    private static TestDatabase shared;

    /** The database shared by the tests of this run. */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    /** A database of its own, for tests that need an empty register. */
    public static TestDatabase create() {
        return create(true);
    }

    /** @param dropAtExit false keeps a local server's database for inspection after the JVM ends (benchmarks) */
    public static TestDatabase create(boolean dropAtExit) {
        return dockerAvailable() ? container() : onLocalServer(dropAtExit);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException noDocker) {
            return false;
        }
    }

    private static TestDatabase container() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15-alpine");
        container.start();
        String appUser = "tracker_app";
        String appPassword = UUID.randomUUID().toString();
        execute(
                container.getJdbcUrl(),
                container.getUsername(),
                container.getPassword(),
                "CREATE ROLE " + appUser + " LOGIN PASSWORD '" + appPassword + "'");
        return new TestDatabase(
                container.getJdbcUrl(), container.getUsername(), container.getPassword(), appUser, appPassword);
    }

    /** The settings that start the application against this database: as the app role, migrated by the owner. */
    public Map<String, String> applicationProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", appUsername);
        properties.put("spring.datasource.password", appPassword);
        properties.put("spring.flyway.user", username);
        properties.put("spring.flyway.password", password);
        return properties;
    }

    /** {@link #applicationProperties()} as command-line arguments. */
    public List<String> applicationArguments() {
        return applicationProperties().entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toList();
    }

    public void register(DynamicPropertyRegistry registry) {
        applicationProperties().forEach((name, value) -> registry.add(name, () -> value));
    }

    private static TestDatabase onLocalServer(boolean dropAtExit) {
        String host = env("PGHOST", "localhost");
        String port = env("PGPORT", "5432");
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        String admin = "jdbc:postgresql://" + host + ":" + port + "/" + env("PGDATABASE", "postgres");
        String name = "ct_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        String appUser = name + "_app";
        String appPassword = UUID.randomUUID().toString();
        execute(admin, user, password, "CREATE DATABASE " + name);
        // A fresh name per database, so concurrent runs never race for one role.
        execute(admin, user, password, "CREATE ROLE " + appUser + " LOGIN PASSWORD '" + appPassword + "'");
        if (dropAtExit) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                dropWhenUnused(admin, user, password, name);
                execute(admin, user, password, "DROP ROLE IF EXISTS " + appUser);
            }));
        }
        return new TestDatabase(
                "jdbc:postgresql://" + host + ":" + port + "/" + name, user, password, appUser, appPassword);
    }

    /**
     * Shutdown hooks run side by side: Spring's closes the cached test contexts while this one drops their database.
     * Dropping it from under them made their processors retry against a missing database until surefire killed the JVM;
     * so wait (up to 20 s) for their pools to close.
     */
    private static void dropWhenUnused(String admin, String user, String password, String name) {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Connection connection = DriverManager.getConnection(admin, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + name);
                return;
            } catch (SQLException inUse) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        execute(admin, user, password, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the test database at " + url + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
