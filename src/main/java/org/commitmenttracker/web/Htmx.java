package org.commitmenttracker.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * htmx asks for part of a page (HX-Request) when a filter form changes; the same address without htmx, or when htmx
 * restores history it has no copy of, answers the whole page.
 */
public final class Htmx {

    private Htmx() {}

    public static boolean partial(HttpServletRequest request, HttpServletResponse response) {
        response.addHeader("Vary", "HX-Request");
        return "true".equals(request.getHeader("HX-Request"))
                && !"true".equals(request.getHeader("HX-History-Restore-Request"));
    }
}
