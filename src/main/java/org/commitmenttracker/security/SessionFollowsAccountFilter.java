package org.commitmenttracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser session holds the account as it was at sign-in. On every request this compares it with the account as
 * stored now (one primary-key read): a session of a disabled or removed account, or one signed in before the password
 * last changed (an older security stamp), is ended; a changed role replaces the session's authorities before anything
 * is authorised. HTTP Basic and API tokens load the account on every request anyway.
 */
class SessionFollowsAccountFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionFollowsAccountFilter.class);

    private final Accounts accounts;
    private final AccountSessions sessions;

    SessionFollowsAccountFilter(Accounts accounts, AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SignedInAccount signedIn = sessions.signedInBySession(request);
        if (signedIn != null) {
            var current = accounts.find(signedIn.getUsername());
            if (current.isEmpty()
                    || !current.get().enabled()
                    || current.get().securityStamp() != signedIn.securityStamp()) {
                log.info(
                        "Ended a session of '{}': the account was disabled or removed, or its password changed",
                        SecurityLog.safe(signedIn.getUsername()));
                sessions.end(request);
            } else if (!signedIn.getAuthorities()
                    .equals(AccountDetailsService.principal(current.get()).getAuthorities())) {
                log.info(
                        "Session of '{}' now has role {}",
                        SecurityLog.safe(signedIn.getUsername()),
                        current.get().role());
                sessions.replace(request, response, current.get());
            }
        }
        chain.doFilter(request, response);
    }
}
