package org.commitmenttracker.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Declares the DataSource in the application's own configuration. Axon's JdbcAutoConfiguration is conditional on a
 * DataSource bean but not ordered after Boot's DataSource auto-configuration, so without this the JDBC event store is
 * silently missing.
 *
 * <p>With {@code spring.datasource.url} set, that server is used. Without it, an embedded PostgreSQL keeps its data
 * under the working directory so that history survives restarts.
 *
 * <p>Two database roles (README, "Database roles"): Flyway migrates as the owner ({@code spring.flyway.user}), the
 * application connects as a role that may only read and append events ({@code spring.datasource.username}). The
 * embedded server sets both up by itself: the superuser migrates, and {@code tracker_app} is created for the
 * application.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    static final String EMBEDDED_APP_ROLE = "tracker_app";

    /** The embedded server, when there is one; its superuser runs the migrations. */
    private EmbeddedPostgres embedded;

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties, EventStoreProperties.EmbeddedPostgres embeddedPostgres)
            throws IOException {
        if (StringUtils.hasText(properties.getUrl())) {
            return properties
                    .initializeDataSourceBuilder()
                    .type(HikariDataSource.class)
                    .build();
        }
        embedded = startEmbedded(embeddedPostgres.directory(), embeddedPostgres.port());
        HikariDataSource pooled = new HikariDataSource();
        pooled.setDataSource(embedded.getDatabase(EMBEDDED_APP_ROLE, "postgres"));
        return pooled;
    }

    /**
     * Names the application's role for the grants callback (db/afterMigrate__application_role_grants.sql): the
     * datasource user, or tracker_app on the embedded server, where Flyway runs as the superuser.
     */
    @Bean
    FlywayConfigurationCustomizer applicationRole(
            DataSourceProperties properties,
            // Only for ordering (created first, it starts the embedded server); typed DataSource because
            // with a replica configured the bean is ReplicaReads' router around the pool.
            DataSource dataSource) {
        return flyway -> {
            String role = embedded != null ? EMBEDDED_APP_ROLE : nullToEmpty(properties.getUsername());
            if (embedded != null) {
                flyway.dataSource(embedded.getPostgresDatabase());
            }
            Map<String, String> placeholders = new HashMap<>(flyway.getPlaceholders());
            placeholders.put("app_role", role);
            flyway.placeholders(placeholders);
        };
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static EmbeddedPostgres startEmbedded(Path directory, int port) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
        createApplicationRole(postgres.getPostgresDatabase());
        return postgres;
    }

    /** The embedded server trusts local connections, so the role needs no password. */
    private static void createApplicationRole(DataSource superuser) {
        try (Connection connection = superuser.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + EMBEDDED_APP_ROLE
                    + "') THEN CREATE ROLE " + EMBEDDED_APP_ROLE + " LOGIN; END IF; END $$");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the application role in the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; PostgreSQL recovers from its WAL on the next start.
        }
    }
}
