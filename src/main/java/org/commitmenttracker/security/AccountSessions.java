package org.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Rewrites the signed-in account kept in a browser session, when the account has changed. */
@Component
class AccountSessions {

    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** The account this request's session is signed in as (whatever else the request carries), or null. */
    SignedInAccount signedInBySession(HttpServletRequest request) {
        var session = request.getSession(false);
        Object stored = session == null
                ? null
                : session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return stored instanceof SecurityContext context
                        && context.getAuthentication() != null
                        && context.getAuthentication().getPrincipal() instanceof SignedInAccount account
                ? account
                : null;
    }

    /** Puts the account as it is now into this request and its session (the stored hash left out). */
    void replace(HttpServletRequest request, HttpServletResponse response, Accounts.Account account) {
        Authentication previous = holder.getContext().getAuthentication();
        SignedInAccount principal = AccountDetailsService.principal(new Accounts.Account(
                account.username(), "", account.role(), account.enabled(), account.securityStamp()));
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(previous == null ? null : previous.getDetails());
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    /** Signs the session out: it is discarded, and this request goes on as anonymous. */
    void end(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        holder.clearContext();
    }
}
