package org.commitmenttracker.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Declares the DataSource in the application's own configuration. Axon's JdbcAutoConfiguration is
 * conditional on a DataSource bean but not ordered after Boot's DataSource auto-configuration, so
 * without this the JDBC event store is silently missing (GUIDE.md §2).
 *
 * <p>With {@code spring.datasource.url} set, that server is used. Without it, an embedded
 * PostgreSQL keeps its data under the working directory so that history survives restarts.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfig {

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DataSourceProperties properties,
                                @Value("${tracker.embedded-postgres.directory:data/postgres}") String embeddedDirectory,
                                @Value("${tracker.embedded-postgres.port:54329}") int embeddedPort) throws IOException {
        if (StringUtils.hasText(properties.getUrl())) {
            return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        }
        DataSource embedded = startEmbedded(Path.of(embeddedDirectory), embeddedPort);
        HikariDataSource pooled = new HikariDataSource();
        pooled.setDataSource(embedded);
        return pooled;
    }

    private static DataSource startEmbedded(Path directory, int port) throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory.toAbsolutePath())
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres)));
        return postgres.getPostgresDatabase();
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException ignored) {
            // The JVM is exiting; PostgreSQL recovers from its WAL on the next start.
        }
    }
}
