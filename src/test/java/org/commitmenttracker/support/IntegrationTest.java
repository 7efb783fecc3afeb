package org.commitmenttracker.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The running application on a real port, against the run's throw-away PostgreSQL database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class IntegrationTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /**
     * The database as its owner (Flyway's role), for what the application's own role may not do: installing a trigger,
     * creating a table. {@link #jdbc} is the application's connection.
     */
    protected static JdbcClient owner() {
        TestDatabase database = TestDatabase.shared();
        return JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource(
                new org.postgresql.Driver(), database.url(), database.username(), database.password()));
    }

    /** Signed in as the first admin, who may do everything. */
    protected Api api;
    /** Nobody signed in. */
    protected Api anonymous;

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-root-password-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase database = TestDatabase.shared();
        database.register(registry);
        registry.add("tracker.security.admin.username", () -> ADMIN);
        registry.add("tracker.security.admin.password", () -> ADMIN_PASSWORD);
        // The recomputation after a rebuild in ranges of 3 items, so that a test's few items make several ranges, which
        // the workers recompute side by side (CurrentStateRecomputation). Here rather than in config/: the benchmark
        // reads that file too, and must run with the production size.
        registry.add("tracker.recomputation.chunk-items", () -> 3);
    }

    @BeforeEach
    void connectApi() {
        anonymous = new Api("http://localhost:" + port);
        api = anonymous.as(ADMIN, ADMIN_PASSWORD);
    }

    protected long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }
}
