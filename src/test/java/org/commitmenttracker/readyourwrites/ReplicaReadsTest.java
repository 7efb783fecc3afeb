package org.commitmenttracker.readyourwrites;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.commitmenttracker.support.Fixtures;
import org.commitmenttracker.support.IntegrationTest;
import org.commitmenttracker.support.Json;
import org.commitmenttracker.support.Register;
import org.commitmenttracker.support.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node told to read from a replica sends its queries there and its commands to the primary. The "replica" here is a
 * database with the same schema that never receives anything, so whatever a query finds (or does not find) shows where
 * it was read; a real streaming replica is exercised by scripts/cluster-test.sh.
 */
@DirtiesContext // its own context (two connection pools) is not needed by any other test
class ReplicaReadsTest extends IntegrationTest {

    private static TestDatabase replica;

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        replica = TestDatabase.create();
        Flyway.configure()
                .dataSource(replica.url(), replica.username(), replica.password())
                .placeholders(java.util.Map.of("app_role", replica.appUsername()))
                .locations("classpath:db/migration")
                .load()
                .migrate();
        registry.add("tracker.datasource.replica.url", replica::url);
        registry.add("tracker.datasource.replica.username", replica::appUsername);
        registry.add("tracker.datasource.replica.password", replica::appPassword);
    }

    @Test
    void commandsGoToThePrimary_queriesToTheReplica_andAPositionTheReplicaLacksIsNotCaughtUp() {
        Register register = new Register(api);
        HttpResponse<String> recorded =
                api.post("/api/items/pledges", Fixtures.pledge(register.session2022, register.party, "2022-01-10"));
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        String id = Json.read(recorded.body()).get("id").asString();
        assertThat(jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                        .param(id)
                        .query(Long.class)
                        .single())
                .as("the pledge is stored on the primary")
                .isEqualTo(1);

        assertThat(api.get("/api/items/" + id).statusCode())
                .as("the replica has not got it")
                .isEqualTo(404);

        String position = recorded.headers().firstValue("Tracker-Position").orElseThrow();
        HttpResponse<String> waited = api.send(HttpRequest.newBuilder(URI.create(api.base() + "/api/items/" + id))
                .header("Tracker-Position", position)
                .GET()
                .build());
        assertThat(waited.statusCode()).as(waited.body()).isEqualTo(503);
        assertThat(Json.read(waited.body()).get("type").asString()).endsWith("/not-caught-up");
    }
}
