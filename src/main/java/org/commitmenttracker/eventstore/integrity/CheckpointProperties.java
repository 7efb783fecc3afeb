package org.commitmenttracker.eventstore.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tracker.checkpoints.*}: the Ed25519 key checkpoints are signed with. The signing interval
 * ({@code tracker.checkpoints.interval}) is read by the schedule itself.
 *
 * @param key the PKCS#8 PEM of the key itself; empty means read it from {@code keyFile}
 * @param keyFile the key's file, generated at first start if missing
 */
@ConfigurationProperties("tracker.checkpoints")
public record CheckpointProperties(
        @DefaultValue("") String key,
        @DefaultValue("data/checkpoint-signing-key.pem") String keyFile) {}
