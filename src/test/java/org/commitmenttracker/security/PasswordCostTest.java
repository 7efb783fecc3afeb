package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * New password hashes use the configured bcrypt cost. The suite configures the lowest (4) because every HTTP Basic
 * request checks a password; if the setting stopped reaching the encoder, each check would cost 64 times as much.
 */
class PasswordCostTest extends IntegrationTest {

    @Test
    void newHashesUseTheConfiguredCost() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?")
                .param(ADMIN)
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}$2a$04$");
    }

    @Test
    void aPasswordHashedAtAnotherCostStillMatches() {
        Passwords passwords = new Passwords();
        TrackerSecurityProperties strong = new TrackerSecurityProperties(false, null, null, null, 10);
        String stored = passwords.passwordEncoder(strong).encode("a long enough passphrase");
        TrackerSecurityProperties cheap = new TrackerSecurityProperties(false, null, null, null, 4);
        assertThat(passwords.passwordEncoder(cheap).matches("a long enough passphrase", stored))
                .isTrue();
        assertThat(passwords.passwordEncoder(cheap).matches("another passphrase", stored))
                .isFalse();
    }
}
