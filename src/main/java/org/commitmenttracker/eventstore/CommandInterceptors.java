package org.commitmenttracker.eventstore;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Every command is validated at dispatch, whether it came from HTTP or the seed loader, so both paths share one set of
 * rules and nothing invalid reaches an aggregate. Kept apart from {@link AxonConfig}: the bus is built from that
 * configuration's beans.
 */
@Component
class CommandInterceptors {

    @Autowired
    void register(CommandBus commandBus, Recorder recorder) {
        commandBus.registerDispatchInterceptor(new BeanValidationInterceptor<>());
        commandBus.registerDispatchInterceptor(new RecorderMetadata(recorder));
    }
}
