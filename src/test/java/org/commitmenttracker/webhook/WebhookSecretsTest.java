package org.commitmenttracker.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.RuleViolation;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/** Webhook secrets are sealed in the database, rows from before V216 are sealed at start, and a key is required. */
class WebhookSecretsTest extends IntegrationTest {

    @Autowired
    SealedSecrets secrets;

    private final UUID id = UUID.randomUUID();

    @AfterEach
    void forget() {
        jdbc.sql("DELETE FROM webhook_subscription WHERE id = ?").param(id).update();
    }

    /** A webhook as V150 stored it: the secret as issued. Disabled, so nothing is queued for it. */
    private void registeredBeforeSealing(String secret) {
        jdbc.sql("""
                        INSERT INTO webhook_subscription (id, url, event_kinds, secret, enabled)
                        VALUES (?, 'https://receiver.example.org/hook', '{PartyRegistered}', ?, false)""").params(id, secret).update();
    }

    @Test
    void aSecretStoredAsIssuedIsSealedAndStillOpens() {
        String secret = "whsec_" + UUID.randomUUID();
        registeredBeforeSealing(secret);

        assertThat(secrets.sealIssued()).isGreaterThanOrEqualTo(1);

        var stored = jdbc.sql("SELECT secret, secret_sealed FROM webhook_subscription WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(stored.get("secret")).isNull();
        String sealed = (String) stored.get("secret_sealed");
        assertThat(sealed).doesNotContain(secret);
        assertThat(secrets.open(id, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> secrets.open(UUID.randomUUID(), sealed))
                .as("a sealed secret copied onto another webhook does not open")
                .hasMessageContaining("cannot be opened");
    }

    @Test
    void withoutAKeyAgainstAConfiguredDatabaseTheTrackerRefusesToStartAndToRegister() {
        registeredBeforeSealing("whsec_" + UUID.randomUUID());
        SealedSecrets keyless = new SealedSecrets(
                jdbc,
                properties(""),
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/tracker"));

        assertThatThrownBy(keyless::afterSingletonsInstantiated)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("webhooks are registered")
                .hasMessageContaining("tracker.webhooks.secret-key");
        assertThatThrownBy(() -> keyless.seal(id, "whsec_x"))
                .isInstanceOf(RuleViolation.class)
                .hasMessageContaining("TRACKER_WEBHOOK_SECRET_KEY");
    }

    @Test
    void theLocalRunOnTheEmbeddedDatabaseUsesTheDevKeyAndABadKeyIsRefused() {
        SealedSecrets local = new SealedSecrets(jdbc, properties(""), new MockEnvironment());
        assertThat(local.open(id, new WebhookSecrets(SealedSecrets.DEV_KEY).seal(id, "whsec_dev")))
                .isEqualTo("whsec_dev");
        assertThatThrownBy(() -> new SealedSecrets(jdbc, properties("c2hvcnQ="), new MockEnvironment()))
                .hasMessageContaining("must be 32 bytes");
    }

    private static WebhookProperties properties(String key) {
        return new WebhookProperties(
                3,
                Duration.ofMillis(200),
                Duration.ofSeconds(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(5),
                Duration.ofMillis(100),
                2,
                "",
                key);
    }
}
