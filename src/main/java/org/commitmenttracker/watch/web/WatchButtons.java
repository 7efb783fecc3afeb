package org.commitmenttracker.watch.web;

import jakarta.servlet.http.HttpServletRequest;
import org.commitmenttracker.watch.WatchKind;
import org.commitmenttracker.watch.Watches;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * What the follow button fragment (templates/watch/button.html) asks, so that a page includes it with one line and its
 * controller needs no change.
 */
@Component("watchButtons")
public class WatchButtons {

    private final Watches watches;

    WatchButtons(Watches watches) {
        this.watches = watches;
    }

    public boolean follows(String user, String kind, String target) {
        return user != null
                && target != null
                && watches.find(user, WatchKind.valueOf(kind), target).isPresent();
    }

    /** The current page's query string without paging, language and order: the saved search it shows. */
    public String search() {
        String query = request().getQueryString();
        if (query == null) {
            return "";
        }
        return String.join(
                "&",
                java.util.Arrays.stream(query.split("&"))
                        .filter(pair -> !pair.isBlank())
                        .filter(pair -> !pair.matches("(page|size|lang|sort|direction)(=.*)?"))
                        .filter(pair -> !pair.endsWith("="))
                        .toList());
    }

    /** Where a plain form post returns to: this page, as it was asked for. */
    public String here() {
        HttpServletRequest request = request();
        String query = request.getQueryString();
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
