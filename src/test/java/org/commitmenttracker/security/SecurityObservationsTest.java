package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Spring Security's observations (one per filter, authentication and authorization of every request) are switched off:
 * the write path's profile showed them at about 7% of the request threads' CPU, and nothing reads them (issue #17).
 * Other observations, such as the server's own request timing, stay as Boot configures them.
 */
class SecurityObservationsTest extends IntegrationTest {

    @Autowired
    ObservationRegistry observations;

    @Test
    void springSecurityObservationsAreNoOpsAndOthersAreNot() {
        for (String name : new String[] {
            "spring.security.filterchains", "spring.security.authentications", "spring.security.authorizations"
        }) {
            Observation observation = Observation.start(name, observations);
            assertThat(observation.isNoop()).as(name).isTrue();
            observation.stop();
        }
        Observation requests = Observation.start("http.server.requests", observations);
        assertThat(requests.isNoop()).isFalse();
        requests.stop();
        assertThat(api.get("/api/items").statusCode()).isEqualTo(200);
        assertThat(anonymous.get("/api/admin/reconciliation").statusCode())
                .as("security itself still refuses")
                .isEqualTo(401);
    }
}
