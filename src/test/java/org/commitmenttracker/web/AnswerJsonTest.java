package org.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP answers are written through Blackbird's generated accessors, not reflection (Spring Boot registers the modules
 * it finds on the class path). A dependency on the class path that the mapper did not use would cost nothing to notice,
 * and the CPU it was added to save: writing a session view of 500 items per list (BENCHMARKS.md, thirteenth session).
 */
class AnswerJsonTest extends IntegrationTest {

    @Autowired
    JsonMapper answers;

    @Test
    void answersAreWrittenThroughBlackbird() {
        assertThat(answers.registeredModules())
                .extracting(JacksonModule::getModuleName)
                .contains("BlackbirdModule");
    }
}
