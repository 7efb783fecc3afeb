package org.commitmenttracker.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Behaves like a browser: keeps cookies, signs in through the login form with its CSRF token. Cookies are kept by hand
 * because the session cookie is Secure, which Java's CookieManager will not send over plain http, while browsers do for
 * localhost.
 */
public class BrowserSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    public BrowserSession(String base) {
        this(base, HttpClient.newHttpClient());
    }

    /** @param http e.g. a client bound to a local address, to come from another client address */
    BrowserSession(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    public HttpResponse<String> signIn(String username, String password) {
        String token = formToken(get("/login").body());
        return postForm(
                "/login", "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(token));
    }

    public static String formToken(String html) {
        Matcher matcher = CSRF_INPUT.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in page");
        }
        return matcher.group(1);
    }

    String base() {
        return base;
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html")
                .GET()
                .build());
    }

    public HttpResponse<String> postForm(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    HttpResponse<String> postJson(String path, String json, String csrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return send(request.build());
    }

    HttpResponse<String> putJson(String path, String json, String csrfHeader) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader);
        }
        return send(request.build());
    }

    /** The session's CSRF token, read the way a script driving the web session would. */
    String csrfToken() {
        String json = send(HttpRequest.newBuilder(URI.create(base + "/api/me/csrf"))
                        .GET()
                        .build())
                .body();
        Matcher matcher = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token in " + json);
        }
        return matcher.group(1);
    }

    public HttpResponse<String> send(HttpRequest request) {
        if (!cookies.isEmpty()) {
            request = HttpRequest.newBuilder(request, (name, value) -> true)
                    .header(
                            "Cookie",
                            cookies.entrySet().stream()
                                    .map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                                    .collect(Collectors.joining("; ")))
                    .build();
        }
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            for (String setCookie : response.headers().allValues("Set-Cookie")) {
                String pair = setCookie.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
