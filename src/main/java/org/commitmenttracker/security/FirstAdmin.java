package org.commitmenttracker.security;

import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With no account at all, creates the first admin: from TRACKER_ADMIN_USERNAME / TRACKER_ADMIN_PASSWORD when set,
 * otherwise with a generated password that is printed this once and never stored in clear. A configured password must
 * pass the same PasswordPolicy as any other; if it does not, the application refuses to start, whether or not the admin
 * exists yet, so a weak secret is not left lying in the deployment's configuration.
 */
@Component
@Order(0)
@ConditionalOnWebApplication
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final Accounts accounts;
    private final String username;
    private final String password;

    FirstAdmin(Accounts accounts, PasswordPolicy policy, TrackerSecurityProperties properties) {
        this.accounts = accounts;
        this.username = properties.admin().username();
        this.password = properties.admin().password();
        if (!password.isBlank()) {
            policy.check(username, password).ifPresent(problem -> {
                throw new WeakAdminPassword("TRACKER_ADMIN_PASSWORD " + problem.reason() + "; refusing to start.");
            });
        }
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = password.isBlank();
        String initial = generated ? generatePassword() : password;
        if (accounts.create(username, initial, Role.ADMIN) && generated) {
            log.warn(
                    "First start: created admin '{}' with one-time password {} — sign in and change it "
                            + "(PUT /api/me/password), or set TRACKER_ADMIN_PASSWORD.",
                    username,
                    initial);
        } else if (!generated) {
            log.info("First start: created admin '{}' from configuration.", username);
        }
    }

    /** Thrown while the context starts; WeakAdminPasswordAnalyzer turns it into one clear line. */
    public static final class WeakAdminPassword extends RuntimeException {
        WeakAdminPassword(String message) {
            super(message);
        }
    }

    private static String generatePassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
