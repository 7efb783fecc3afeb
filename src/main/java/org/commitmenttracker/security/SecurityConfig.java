package org.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. Reading needs a viewer (or nobody, with public read), recording needs an editor, and users, seeds,
 * projections and actuator need an admin. Browsers sign in with a form and a session cookie guarded by CSRF tokens;
 * scripts send HTTP Basic or a personal API token, which browsers never add on their own, so those requests need no
 * CSRF token.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
public class SecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(SecurityConfig.class);
    public static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain filterChain(
            HttpSecurity http,
            ApiTokens tokens,
            LoginAttempts attempts,
            Accounts accounts,
            AccountSessions sessions,
            TrackerSecurityProperties properties)
            throws Exception {
        AuthenticationEntryPoint apiEntryPoint = (request, response, failure) -> {
            if (failure instanceof InternalAuthenticationServiceException) {
                // The account could not be looked up (the database is down): not the client's fault.
                ProblemResponses.write(
                        request,
                        response,
                        503,
                        "storage-unavailable",
                        "The register's database is not reachable; nothing was recorded. Try again shortly.");
                return;
            }
            response.setHeader("WWW-Authenticate", "Bearer realm=\"commitment-tracker\"");
            ProblemResponses.write(
                    request,
                    response,
                    401,
                    "unauthenticated",
                    "Sign in first: HTTP Basic or an API token (Authorization: Bearer …).");
        };
        AccessDeniedHandler denied = (request, response, failure) -> {
            var user = request.getUserPrincipal();
            log.warn(
                    "Refused {} {} to {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    user == null ? "anonymous" : user.getName());
            ProblemResponses.write(request, response, 403, "forbidden", "Your role does not allow this.");
        };
        RequestCache requestCache = browserPageCache();
        // Relative, so a forged Host or X-Forwarded-Host header never ends up in a Location header.
        var toLoginPage = new LoginUrlAuthenticationEntryPoint("/login");
        toLoginPage.setFavorRelativeUris(true);
        http.authorizeHttpRequests(rules -> authorize(rules, properties.publicRead()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .formLogin(form ->
                        form.loginPage("/login").permitAll().successHandler(new RelativeLoginSuccess(requestCache)))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
                .httpBasic(basic -> basic.authenticationEntryPoint(apiEntryPoint))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                apiEntryPoint,
                                PathPatternRequestMatcher.withDefaults().matcher("/actuator/**"))
                        .defaultAuthenticationEntryPointFor(toLoginPage, request -> true)
                        .accessDeniedHandler(denied))
                .csrf(csrf ->
                        csrf.csrfTokenRepository(csrfCookie()).ignoringRequestMatchers(SecurityConfig::cannotBeForged))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .httpStrictTransportSecurity(
                                hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)))
                .addFilterAfter(new SessionFollowsAccountFilter(accounts, sessions), SecurityContextHolderFilter.class)
                .addFilterBefore(new LoginRateLimitFilter(attempts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new ApiTokenFilter(tokens, apiEntryPoint), BasicAuthenticationFilter.class);
        return http.build();
    }

    private static void authorize(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
            boolean publicRead) {
        rules.requestMatchers(
                        "/login", "/error", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/actuator/health/**")
                .permitAll()
                // Feed readers cannot sign in: the feed controller itself checks the personal feed token in the path,
                // and that token authenticates nothing else.
                .requestMatchers(HttpMethod.GET, "/feeds/*/**")
                .permitAll()
                .requestMatchers("/api/admin/**", "/admin/**", "/actuator/**")
                .hasRole("ADMIN")
                .requestMatchers("/api/me/**", "/watch", "/watch/**")
                .authenticated()
                // The record forms are for recording: a viewer is refused, not shown a form it cannot send.
                .requestMatchers("/record", "/record/**", "/items/*/record/**", "/sessions/*/record/**")
                .hasRole("EDITOR");
        if (publicRead) {
            rules.requestMatchers(HttpMethod.GET, "/**").permitAll();
        }
        rules.requestMatchers(HttpMethod.GET, "/**")
                .hasRole("VIEWER")
                .requestMatchers(HttpMethod.HEAD, "/**")
                .hasRole("VIEWER")
                .anyRequest()
                .hasRole("EDITOR");
    }

    /**
     * CSRF rides on credentials the browser adds by itself: the session cookie. A request that brings no live session
     * cannot be forged that way, so an API request without one, or any request with its own Authorization header and no
     * session (scripts), needs no CSRF token. A request that brings a live session needs the token whatever else it
     * carries: the Authorization header is checked only later, and one that no authenticator accepts must not let the
     * cookie through unguarded. Web forms without a header always need the token, which also protects the login form.
     */
    private static boolean cannotBeForged(HttpServletRequest request) {
        boolean liveSession = request.getRequestedSessionId() != null && request.isRequestedSessionIdValid();
        return !liveSession
                && (request.getRequestURI().startsWith("/api/") || request.getHeader("Authorization") != null);
    }

    /**
     * Every page renders the CSRF token for htmx, so a session-backed token store made a server session for every page
     * view, anonymous or with an API token (4,000 sessions after 4,000 requests, issue #17). The token lives in its own
     * cookie instead (double submit: the page carries a masked copy, the cookie the value it is checked against), so
     * only signing in makes a session. HttpOnly: pages read the token from their meta tag, never from the cookie.
     */
    private static CookieCsrfTokenRepository csrfCookie() {
        var repository = new CookieCsrfTokenRepository();
        // The header scripts have always sent (the session-backed store's name), not the cookie store's X-XSRF-TOKEN.
        repository.setHeaderName("X-CSRF-TOKEN");
        repository.setCookieCustomizer(
                cookie -> cookie.httpOnly(true).secure(true).sameSite("Lax"));
        return repository;
    }

    /**
     * Where to return after signing in: only a page a browser asked for. Remembering the request of a script (an API
     * path, an Authorization header) would open a session for a client that never signs in with a form.
     */
    private static RequestCache browserPageCache() {
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> "GET".equals(request.getMethod())
                && request.getHeader("Authorization") == null
                && !request.getRequestURI().startsWith("/api/")
                && !request.getRequestURI().startsWith("/actuator/"));
        return cache;
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN")
                .implies("EDITOR")
                .role("EDITOR")
                .implies("VIEWER")
                .build();
    }
}
