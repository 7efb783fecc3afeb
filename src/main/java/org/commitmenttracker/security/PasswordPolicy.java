package org.commitmenttracker.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever one is set (API, users page, first admin): at least 12 characters; at most 72 bytes
 * in UTF-8, because bcrypt ignores (and Spring's encoder refuses) anything longer; not one of the bundled common
 * passwords; not containing the username.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_CHARACTERS = 12;
    public static final int MAX_UTF8_BYTES = 72;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("security/common-passwords.txt");
    }

    /** Why this password is refused for this account, or empty when it is acceptable. */
    public Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
            return Optional.of(Problem.TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_UTF8_BYTES) {
            return Optional.of(Problem.TOO_LONG);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null
                && !username.isBlank()
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
            lines.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .forEach(line -> passwords.add(line.strip().toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list is missing from the build", e);
        }
        return Set.copyOf(passwords);
    }

    /** Each refusal with its English reason (API answers, logs) and its message key (web pages). */
    public enum Problem {
        TOO_SHORT("must have at least " + MIN_CHARACTERS + " characters", "users.error.password.short"),
        TOO_LONG(
                "must be at most " + MAX_UTF8_BYTES + " bytes in UTF-8 (the limit of bcrypt)",
                "users.error.password.long"),
        COMMON("is one of the most common passwords; choose another", "users.error.password.common"),
        CONTAINS_USERNAME("must not contain the username", "users.error.password.username");

        private final String reason;
        private final String messageKey;

        Problem(String reason, String messageKey) {
            this.reason = reason;
            this.messageKey = messageKey;
        }

        public String reason() {
            return reason;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
