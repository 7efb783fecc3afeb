package org.commitmenttracker.eventstore.projection;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.cluster.*}: how the nodes of a cluster share the processors' segments.
 *
 * @param balanceInterval how often a node compares the segments it holds with its fair share
 * @param releaseFor how long a released segment is left for another node to claim
 */
@ConfigurationProperties("tracker.cluster")
public record ClusterProperties(
        @DefaultValue("5s") Duration balanceInterval,
        @DefaultValue("15s") Duration releaseFor) {}
