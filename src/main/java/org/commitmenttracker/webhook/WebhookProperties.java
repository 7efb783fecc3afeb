package org.commitmenttracker.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of webhook delivery ({@code tracker.webhooks.*}).
 *
 * @param maxAttempts tries per delivery before it is given up
 * @param backoff the wait before the second try; each later wait doubles
 * @param maxBackoff the longest wait between two tries
 * @param timeout connect and answer time limit of one POST
 * @param lease how long a claimed delivery belongs to its worker; then any node may claim it again
 * @param pollInterval how often a node looks for due deliveries
 * @param concurrency POSTs in flight at most on one node
 * @param publicUrl this tracker's address as receivers reach it, for the link in a delivery (empty: a path only)
 * @param secretKey the AES-256 key (base64) that seals signing secrets in the database; see {@link SealedSecrets}
 */
@ConfigurationProperties("tracker.webhooks")
public record WebhookProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("2s") Duration pollInterval,
        @DefaultValue("8") int concurrency,
        @DefaultValue("") String publicUrl,
        @DefaultValue("") String secretKey) {

    public WebhookProperties {
        if (maxAttempts < 1 || concurrency < 1) {
            throw new IllegalArgumentException("tracker.webhooks.max-attempts and concurrency must be at least 1");
        }
        // A worker still waiting for an answer must not lose its claim to another node, or both would send.
        if (lease.compareTo(timeout.multipliedBy(2)) < 0) {
            throw new IllegalArgumentException("tracker.webhooks.lease must be at least twice the timeout");
        }
        publicUrl = publicUrl == null ? "" : publicUrl.replaceAll("/+$", "");
    }

    /** The wait after the given failed try (1-based): backoff, 2 × backoff, 4 × … capped at maxBackoff. */
    public Duration waitAfter(int failedTry) {
        Duration wait = backoff;
        for (int i = 1; i < failedTry && wait.compareTo(maxBackoff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackoff) > 0 ? maxBackoff : wait;
    }
}
