package org.commitmenttracker.projection;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * A reset stores a ReplayToken, whose fields carry their class name (@JsonTypeInfo, one of them
 * typed Object). Jackson 3's default validator refuses every subtype of Object, so after a rebuild
 * no processor could read its token again. Class names are accepted from Axon's own packages only.
 */
@Configuration(proxyBeanMethods = false)
class ReplayTokenSerialization {

    @Bean
    Jackson3SerializerCustomizer axonTokenTypes() {
        return builder -> builder.polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                .allowIfSubType("org.axonframework.")
                .build());
    }
}
