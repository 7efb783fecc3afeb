package org.commitmenttracker.seeds;

import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.commitmenttracker.eventstore.Recorder;
import org.commitmenttracker.eventstore.RecorderMetadata;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What a seed command carries besides its payload. The seed key travels onto the event, so every seeded fact says which
 * record produced it, and a reload can tell that the record was applied.
 */
@Configuration(proxyBeanMethods = false)
class SeedMetadata {

    static final String RECORDER = "seed-loader";
    static final String CHANNEL = "seed";
    static final String SEED_KEY = "seedKey";
    static final String SEED_FILE = "seedFile";

    @Bean
    CorrelationDataProvider seedCorrelation() {
        return new SimpleCorrelationDataProvider(SEED_KEY, SEED_FILE);
    }

    /** The recorder is the admin who asked for the load, or "seed-loader" for the load at first start. */
    static MetaData of(String fileName, SeedStep step, Recorder recorder) {
        return MetaData.with(RecorderMetadata.RECORDED_BY, recorder.signedIn().orElse(RECORDER))
                .and(RecorderMetadata.SOURCE_CHANNEL, CHANNEL)
                .and(SEED_KEY, step.seedKey())
                .and(SEED_FILE, fileName);
    }
}
