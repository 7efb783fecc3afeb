package org.commitmenttracker.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every interface text exists in English and in Russian: a key missing from one bundle would show as its code. */
class MessageBundlesTest {

    @Test
    void englishAndRussianBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("/messages.properties");
        Properties russian = load("/messages_ru.properties");
        assertThat(russian.stringPropertyNames())
                .hasSizeGreaterThan(300)
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (var reader =
                new InputStreamReader(MessageBundlesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
