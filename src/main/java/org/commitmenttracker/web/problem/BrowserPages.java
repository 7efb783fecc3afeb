package org.commitmenttracker.web.problem;

import jakarta.servlet.http.HttpServletRequest;

/** Tells a browser asking for a page from a script or API client: the former gets HTML errors. */
public final class BrowserPages {

    private BrowserPages() {}

    public static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        String path = request.getRequestURI();
        return accept != null
                && accept.contains("text/html")
                && !path.startsWith("/api/")
                && !path.startsWith("/actuator");
    }
}
