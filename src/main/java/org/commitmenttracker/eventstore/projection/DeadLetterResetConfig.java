package org.commitmenttracker.eventstore.projection;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A rebuild replays every event, including those once dead-lettered, so resetting a processor must also empty its
 * dead-letter queue; Axon keeps the queue on reset unless told otherwise.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterResetConfig {

    @Bean
    ConfigurerModule deadLettersClearedOnReset() {
        return configurer -> ProcessingGroups.ALL.forEach(group -> configurer
                .eventProcessing()
                .registerDeadLetteringEventHandlerInvokerConfiguration(
                        group, (config, builder) -> builder.allowReset(true)));
    }
}
