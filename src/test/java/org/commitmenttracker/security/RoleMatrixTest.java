package org.commitmenttracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.commitmenttracker.support.Api;
import org.commitmenttracker.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every mapped endpoint × {anonymous, viewer, editor, admin}. The endpoint list is read from the running application,
 * so an endpoint added without a rule below fails this test.
 */
class RoleMatrixTest extends IntegrationTest {

    /** The least role each endpoint needs, by method and path prefix; first match wins. */
    private static final List<Rule> RULES = List.of(
            new Rule(Set.of(), "/login", null),
            new Rule(Set.of(), "/error", null),
            new Rule(Set.of(), "/actuator/health", null),
            new Rule(Set.of(), "/api/admin/", Role.ADMIN),
            new Rule(Set.of(), "/admin", Role.ADMIN),
            new Rule(Set.of(), "/actuator", Role.ADMIN),
            new Rule(Set.of(), "/api/me", Role.VIEWER),
            // Any signed-in user keeps a watchlist; feeds are open and check their own feed token.
            new Rule(Set.of(), "/watch", Role.VIEWER),
            new Rule(Set.of("GET", "HEAD"), "/feeds/", null),
            new Rule(Set.of(), "/record", Role.EDITOR),
            new Rule(Set.of(), "/items/00000000-0000-0000-0000-000000000000/record/", Role.EDITOR),
            new Rule(Set.of(), "/sessions/00000000-0000-0000-0000-000000000000/record/", Role.EDITOR),
            new Rule(Set.of("GET", "HEAD"), "/", Role.VIEWER),
            new Rule(Set.of("POST", "PUT", "PATCH", "DELETE"), "/", Role.EDITOR));

    /** A 302 to the login page, told apart from other redirects (e.g. /swagger-ui.html to its index). */
    private static final int LOGIN_REDIRECT = -302;

    @Autowired
    ApplicationContext context;

    @Test
    void everyEndpointAnswersEachRoleAsItsRuleSays() {
        Map<Role, Api> signedIn = Map.of(
                Role.VIEWER, Accounts4Test.signedIn(api, anonymous, Role.VIEWER),
                Role.EDITOR, Accounts4Test.signedIn(api, anonymous, Role.EDITOR),
                Role.ADMIN, api);
        List<String> failures = new ArrayList<>();
        Set<String> endpoints = endpoints();
        assertThat(endpoints).as("the application maps endpoints").hasSizeGreaterThan(15);
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = endpoint.substring(endpoint.indexOf(' ') + 1);
            Rule rule = RULES.stream()
                    .filter(r -> r.covers(method, path))
                    .findFirst()
                    .orElse(null);
            if (rule == null) {
                failures.add(endpoint + ": no rule in this test");
                continue;
            }
            check(
                    failures,
                    endpoint,
                    "anonymous",
                    call(anonymous, method, path),
                    rule.least() == null ? null : "anonymous",
                    path,
                    method);
            for (Role role : Role.values()) {
                boolean allowed = rule.least() == null || role.compareTo(rule.least()) >= 0;
                check(
                        failures,
                        endpoint,
                        role.name(),
                        call(signedIn.get(role), method, path),
                        allowed ? null : "forbidden",
                        path,
                        method);
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * Signed-out API clients get 401. A signed-out browser is sent to the login page, except that a form post without a
     * session has no CSRF token and is refused with 403 before sign-in is asked.
     */
    private static void check(
            List<String> failures,
            String endpoint,
            String who,
            int status,
            String refusal,
            String path,
            String method) {
        boolean web = !path.startsWith("/api/") && !path.startsWith("/actuator");
        boolean read = method.equals("GET") || method.equals("HEAD");
        int expectedRefusal = "anonymous".equals(refusal) ? (web ? (read ? LOGIN_REDIRECT : 403) : 401) : 403;
        if (refusal == null ? status == 401 || status == 403 || status == LOGIN_REDIRECT : status != expectedRefusal) {
            failures.add(endpoint + " as " + who + " answered "
                    + (status == LOGIN_REDIRECT ? "302 to /login" : String.valueOf(status))
                    + (refusal == null ? ", expected to be let through" : ", expected " + expectedRefusal));
        }
    }

    private int call(Api client, String method, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.base() + path))
                .header("Content-Type", "application/json")
                .header("Accept", path.startsWith("/api/") ? "application/json" : "text/html")
                .method(
                        method,
                        method.equals("GET") || method.equals("HEAD") || method.equals("DELETE")
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString("{}"));
        HttpResponse<String> response = client.send(request.build());
        boolean toLogin = response.statusCode() == 302
                && response.headers().firstValue("Location").orElse("").endsWith("/login");
        return toLogin ? LOGIN_REDIRECT : response.statusCode();
    }

    /** "METHOD /path" for every handler the application maps, with path variables filled in. */
    private Set<String> endpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    String path = pattern.replaceAll("\\{\\*?[^}]*}", "00000000-0000-0000-0000-000000000000");
                    if (methods.isEmpty()) {
                        endpoints.add("GET " + path);
                    }
                    methods.forEach(method -> endpoints.add(method.name() + " " + path));
                }
            }
        }
        return endpoints;
    }

    private record Rule(Set<String> methods, String prefix, Role least) {
        boolean covers(String method, String path) {
            return (methods.isEmpty() || methods.contains(method)) && path.startsWith(prefix);
        }
    }
}
