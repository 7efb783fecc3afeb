package org.commitmenttracker.platform;

import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Carries who-recorded-it metadata from commands onto their events. */
@Configuration(proxyBeanMethods = false)
class AxonConfig {

    /** Copies the recorder from the command to every event it causes, so the audit trail names them. */
    @Bean
    CorrelationDataProvider recorderCorrelation() {
        return new SimpleCorrelationDataProvider(RecorderMetadata.RECORDED_BY, RecorderMetadata.SOURCE_CHANNEL);
    }
}
