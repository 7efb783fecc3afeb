package org.commitmenttracker.eventstore;

import java.util.List;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

/**
 * Stamps each command with its recorder. A caller that already set one (the seed loader) keeps it; HTTP callers cannot,
 * because controllers never copy request data into metadata.
 */
public class RecorderMetadata implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String RECORDED_BY = "recordedBy";
    public static final String SOURCE_CHANNEL = "channel";

    private final Recorder recorder;

    RecorderMetadata(Recorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
            List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(RECORDED_BY)
                ? command
                : command.andMetaData(java.util.Map.of(RECORDED_BY, recorder.currentName()));
    }
}
