package org.commitmenttracker.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * main's application.yml loads the seeds on start; the tests that share one database must not get them, or every count
 * they make would include 221 seeded events. src/test/resources/config/ application.properties switches it off, read in
 * addition to (and over) application.yml.
 */
class SeedsOffForSharedTestsTest extends IntegrationTest {

    @Autowired
    private Environment environment;

    @Test
    void theSharedTestContextDoesNotLoadTheBundledSeeds() {
        assertThat(environment.getProperty("tracker.seeds.load-on-start", Boolean.class))
                .isFalse();
        assertThat(environment.getProperty("tracker.recorder.default-name"))
                .as("main's application.yml is still read")
                .isEqualTo("system");
    }
}
