package org.commitmenttracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.DefaultSavedRequest;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * After sign-in, back to the page that asked for it, by path only. Spring's default handler redirects to the saved
 * request's full URL, whose host came from the request's Host header: a forged header would send the freshly signed-in
 * browser elsewhere.
 */
class RelativeLoginSuccess implements AuthenticationSuccessHandler {

    private final RequestCache requestCache;

    RelativeLoginSuccess(RequestCache requestCache) {
        this.requestCache = requestCache;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String target = "/";
        if (requestCache.getRequest(request, response) instanceof DefaultSavedRequest saved
                && saved.getRequestURI().startsWith("/")
                && !saved.getRequestURI().startsWith("//")) {
            target = saved.getRequestURI() + (saved.getQueryString() == null ? "" : "?" + saved.getQueryString());
        }
        requestCache.removeRequest(request, response);
        var session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        response.sendRedirect(target);
    }
}
