package org.commitmenttracker.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Logs failed sign-ins (never the password) and spends the rate limit's tokens. */
@Component
class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger(SecurityLog.class);

    private final LoginAttempts attempts;

    SecurityLog(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = SignInNames.normalise(event.getAuthentication().getName());
        String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        attempts.failed(username, address);
        log.warn(
                "Failed sign-in for user '{}' from {}: {}",
                safe(username),
                address,
                event.getException().getClass().getSimpleName());
    }

    /** Usernames come from the client: strip control characters so they cannot forge log lines. */
    static String safe(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("\\p{Cntrl}", "?");
        return cleaned.length() > 100 ? cleaned.substring(0, 100) + "…" : cleaned;
    }
}
