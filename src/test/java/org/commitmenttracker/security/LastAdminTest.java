package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Nobody can remove the last enabled admin, not even two admins demoting each other at the same moment. On a database
 * of its own, so that the admins in it are exactly the ones made here.
 */
// Closed after its tests: its connections are not kept open while the rest of the suite runs.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LastAdminTest {

    private static TestDatabase database;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        TestDatabase own = ownDatabase();
        registry.add("spring.datasource.url", own::url);
        registry.add("spring.datasource.username", own::username);
        registry.add("spring.datasource.password", own::password);
        registry.add("tracker.seeds.load-on-start", () -> "false");
        registry.add("tracker.security.admin.username", () -> IntegrationTest.ADMIN);
        registry.add("tracker.security.admin.password", () -> IntegrationTest.ADMIN_PASSWORD);
    }

    private static synchronized TestDatabase ownDatabase() {
        if (database == null) {
            database = TestDatabase.create();
        }
        return database;
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOneAdminWhoCannotLeaveEither() throws Exception {
        Api anonymous = new Api("http://localhost:" + port);
        Api first = anonymous.as(IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        String password = "last-admin-secret-7";
        assertThat(first.post(
                                "/api/admin/users",
                                "{\"username\": \"second\", \"password\": \"%s\", \"role\": \"ADMIN\"}"
                                        .formatted(password))
                        .statusCode())
                .isEqualTo(201);
        Api second = anonymous.as("second", password);

        CountDownLatch start = new CountDownLatch(1);
        var firstDemotesSecond = CompletableFuture.supplyAsync(() -> demote(first, "second", start));
        var secondDemotesFirst = CompletableFuture.supplyAsync(() -> demote(second, IntegrationTest.ADMIN, start));
        start.countDown();
        List<Integer> answers = List.of(firstDemotesSecond.get(), secondDemotesFirst.get());

        List<String> admins = jdbc.sql("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled")
                .query(String.class)
                .list();
        assertThat(admins).as("enabled admins left after " + answers).hasSize(1);
        assertThat(answers).contains(200).containsAnyOf(409, 403);

        Api last = admins.getFirst().equals("second") ? second : first;
        HttpResponse<String> refused = AccountSessionsTest.put(
                last, "/api/admin/users/" + admins.getFirst(), "{\"role\": \"EDITOR\", \"enabled\": true}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    private static int demote(Api admin, String username, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return AccountSessionsTest.put(
                        admin, "/api/admin/users/" + username, "{\"role\": \"VIEWER\", \"enabled\": true}")
                .statusCode();
    }
}
