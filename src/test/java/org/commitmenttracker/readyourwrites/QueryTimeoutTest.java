package org.commitmenttracker.readyourwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import javax.sql.DataSource;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A question that runs past statement_timeout is a slow question (503 query-timeout), not an outage. */
class QueryTimeoutTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void aQueryStoppedByTheTimeLimitIsReportedAsSuchWithRetryAfter() throws Exception {
        try (Connection blocker = dataSource.getConnection()) {
            blocker.setAutoCommit(false);
            // Holds the items table so the list query waits until statement_timeout (15 s) stops it.
            blocker.createStatement().execute("SET LOCAL idle_in_transaction_session_timeout = '60s'");
            blocker.createStatement().execute("LOCK TABLE rm_item IN ACCESS EXCLUSIVE MODE");
            HttpResponse<String> answer = api.get("/api/items");
            blocker.rollback();

            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
            assertThat(Json.read(answer.body()).get("type").asString()).endsWith("/query-timeout");
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        }
    }
}
