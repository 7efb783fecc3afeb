package org.commitmenttracker.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt by default, with the algorithm named in each hash so it can be upgraded later. bcrypt reads only the first 72
 * bytes: a typed password longer than that would match any stored one sharing those bytes. No password longer can be
 * set (PasswordPolicy), so a longer one is refused outright rather than compared.
 *
 * <p>The bcrypt cost ({@code tracker.security.password-cost}, log2 rounds) applies to new hashes; a stored hash keeps
 * the cost it was made with, so lowering it never weakens existing passwords. The test suite lowers it: every HTTP
 * Basic request checks the password, and at the default cost those checks dominated the suite's time.
 */
@Configuration(proxyBeanMethods = false)
class Passwords {

    @Bean
    PasswordEncoder passwordEncoder(TrackerSecurityProperties properties) {
        PasswordEncoder delegate = new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwordCost())));
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegate.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null
                        && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length
                                <= PasswordPolicy.MAX_UTF8_BYTES
                        && delegate.matches(rawPassword, encodedPassword);
            }

            @Override
            public boolean upgradeEncoding(String encodedPassword) {
                return delegate.upgradeEncoding(encodedPassword);
            }
        };
    }
}
