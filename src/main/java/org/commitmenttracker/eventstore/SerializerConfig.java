package org.commitmenttracker.eventstore;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Axon's ReplayToken declares its wrapped tokens and its context as {@code @JsonTypeInfo(CLASS)} on Object-typed
 * fields. Jackson 3 refuses such a base type by default, so Axon's Jackson3Serializer could write a replay token but
 * not read it back: a tracking processor first started on a non-empty store, or reset for a rebuild, shut down for good
 * at its next start ("unrecoverable error ... claim a token"). Tokens are written by this application only; the
 * validator admits Axon's classes and the tracker's own, nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SerializerConfig {

    @Bean
    Jackson3SerializerCustomizer replayTokensReadable() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .allowIfSubType("org.commitmenttracker.")
                .build());
    }
}
