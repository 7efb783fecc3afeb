package org.commitmenttracker.webhook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where webhook secrets are sealed and opened, and the key they need. With {@code tracker.webhooks.secret-key} set,
 * that key. Without it, only the local run on the embedded PostgreSQL (no {@code spring.datasource.url}) uses
 * {@link #DEV_KEY}, a key anyone can read here, so its secrets protect nothing; against a configured database the
 * tracker refuses to start while webhooks are registered, and refuses to register one.
 *
 * <p>At start every secret still stored as issued (registered before V216) is sealed and the plain copy cleared.
 */
@Component
class SealedSecrets implements SmartInitializingSingleton {

    /** The local run's key: documented, public, for development only. */
    static final byte[] DEV_KEY = "commitment-tracker-dev-only-key!".getBytes(StandardCharsets.US_ASCII);

    static final String NO_KEY = "Webhooks need tracker.webhooks.secret-key (TRACKER_WEBHOOK_SECRET_KEY): 32 random"
            + " bytes, base64-encoded (openssl rand -base64 32), the same on every node. It seals each webhook's signing"
            + " secret in the database.";

    private static final Logger log = LoggerFactory.getLogger(SealedSecrets.class);

    private final JdbcClient jdbc;
    private final WebhookSecrets secrets;

    SealedSecrets(JdbcClient jdbc, WebhookProperties properties, Environment environment) {
        this.jdbc = jdbc;
        this.secrets =
                keyOf(properties.secretKey(), StringUtils.hasText(environment.getProperty("spring.datasource.url")));
    }

    static WebhookSecrets keyOf(String configured, boolean datasourceConfigured) {
        if (StringUtils.hasText(configured)) {
            return WebhookSecrets.fromBase64(configured);
        }
        return datasourceConfigured ? null : new WebhookSecrets(DEV_KEY);
    }

    String seal(UUID webhook, String secret) {
        if (secrets == null) {
            throw new RuleViolation(NO_KEY);
        }
        return secrets.seal(webhook, secret);
    }

    String open(UUID webhook, String sealed) {
        if (secrets == null) {
            throw new IllegalStateException(NO_KEY);
        }
        return secrets.open(webhook, sealed);
    }

    @Override
    public void afterSingletonsInstantiated() {
        long registered = jdbc.sql("SELECT count(*) FROM webhook_subscription")
                .query(Long.class)
                .single();
        if (registered > 0 && secrets == null) {
            throw new IllegalStateException(registered + " webhooks are registered. " + NO_KEY);
        }
        int sealed = sealIssued();
        if (sealed > 0) {
            log.info("Sealed the signing secrets of {} webhooks registered before they were kept sealed", sealed);
        }
    }

    /** Seals every secret still stored as issued; returns how many. Each row is changed only if it is still plain. */
    int sealIssued() {
        List<Plain> plain = jdbc.sql("SELECT id, secret FROM webhook_subscription WHERE secret IS NOT NULL")
                .query((rs, n) -> new Plain(rs.getObject("id", UUID.class), rs.getString("secret")))
                .list();
        int sealed = 0;
        for (Plain row : plain) {
            sealed += jdbc.sql("""
                            UPDATE webhook_subscription SET secret_sealed = ?, secret = NULL
                            WHERE id = ? AND secret = ?""")
                    .params(seal(row.id(), row.secret()), row.id(), row.secret())
                    .update();
        }
        return sealed;
    }

    private record Plain(UUID id, String secret) {}
}
