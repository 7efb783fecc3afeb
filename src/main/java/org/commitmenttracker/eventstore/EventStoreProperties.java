package org.commitmenttracker.eventstore;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings of the event store and its database (README, "Configuration"). */
public final class EventStoreProperties {

    private EventStoreProperties() {}

    /**
     * {@code tracker.events.*}.
     *
     * @param gapTimeout how long a tracking processor waits for an event whose transaction has not committed yet
     */
    @ConfigurationProperties("tracker.events")
    public record Events(@DefaultValue("60s") Duration gapTimeout) {}

    /**
     * {@code tracker.node.*}.
     *
     * @param name the name this node claims processor segments under; empty means the JVM's pid@host
     */
    @ConfigurationProperties("tracker.node")
    public record Node(@DefaultValue("") String name) {}

    /**
     * {@code tracker.embedded-postgres.*}: the PostgreSQL started in-process when no datasource URL is configured.
     *
     * @param directory where its data lives
     * @param port the port it listens on
     */
    @ConfigurationProperties("tracker.embedded-postgres")
    public record EmbeddedPostgres(
            @DefaultValue("data/postgres") Path directory,
            @DefaultValue("54329") int port) {}
}
