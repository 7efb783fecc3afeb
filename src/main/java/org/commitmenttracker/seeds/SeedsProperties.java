package org.commitmenttracker.seeds;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.seeds.*}.
 *
 * @param loadOnStart load the bundled seeds when the tracker starts with an empty event store
 */
@ConfigurationProperties("tracker.seeds")
public record SeedsProperties(@DefaultValue("true") boolean loadOnStart) {}
