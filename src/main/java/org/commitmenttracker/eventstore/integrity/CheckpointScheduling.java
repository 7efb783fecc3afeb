package org.commitmenttracker.eventstore.integrity;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Checkpoints at intervals, in the running tracker only (not in the one-off command-line modes). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableScheduling
class CheckpointScheduling {

    /**
     * The tracker loads (or at first start generates and logs) its signing key when it starts, not at the first
     * checkpoint.
     */
    @Bean
    ApplicationRunner checkpointKeyAtStart(CheckpointSigner signer) {
        return args -> signer.keyId();
    }
}
