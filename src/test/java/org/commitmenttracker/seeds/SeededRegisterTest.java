package org.commitmenttracker.seeds;

import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A tracker started on a database of its own, empty at start, with loading on start switched on: the bundled seeds are
 * in the register before the first test runs. Subclasses share the context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tracker.seeds.load-on-start=true")
abstract class SeededRegisterTest {

    private static TestDatabase database;

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase own = ownDatabase();
        own.register(registry);
        registry.add("tracker.security.admin.username", () -> IntegrationTest.ADMIN);
        registry.add("tracker.security.admin.password", () -> IntegrationTest.ADMIN_PASSWORD);
    }

    private static synchronized TestDatabase ownDatabase() {
        if (database == null) {
            database = TestDatabase.create();
        }
        return database;
    }

    @BeforeEach
    void connectApi() {
        api = new Api("http://localhost:" + port).as(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
    }

    protected long eventCount() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry")
                .query(Long.class)
                .single();
    }
}
