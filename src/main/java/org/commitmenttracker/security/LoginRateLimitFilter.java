package org.commitmenttracker.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/** Answers 429 with Retry-After to sign-in attempts (form or HTTP Basic) once too many have failed. */
class LoginRateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginRateLimitFilter.class);

    private final LoginAttempts attempts;

    LoginRateLimitFilter(LoginAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = attemptedUsername(request);
        if (username == null) {
            chain.doFilter(request, response);
            return;
        }
        var blocked = attempts.blockedFor(username, request.getRemoteAddr());
        if (blocked.isPresent()) {
            long seconds = Math.max(1, blocked.get().plusMillis(999).toSeconds());
            log.warn(
                    "Sign-in refused by rate limit for user '{}' from {}; retry in {} s",
                    SecurityLog.safe(username),
                    request.getRemoteAddr(),
                    seconds);
            response.setHeader("Retry-After", String.valueOf(seconds));
            ProblemResponses.write(
                    request,
                    response,
                    429,
                    "too-many-attempts",
                    "Too many failed sign-in attempts; try again in " + seconds + " seconds.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The username of a sign-in attempt, or null when the request is not one. */
    private static String attemptedUsername(HttpServletRequest request) {
        if ("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())) {
            String username = request.getParameter("username");
            return username == null ? "" : SignInNames.normalise(username);
        }
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(
                        Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                return SignInNames.normalise(colon < 0 ? decoded : decoded.substring(0, colon));
            } catch (IllegalArgumentException malformed) {
                return "";
            }
        }
        return null;
    }
}
