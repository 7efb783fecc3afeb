package org.commitmenttracker.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import org.commitmenttracker.eventstore.Recorder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts what the page layout shows into every web page's model: who is signed in, which links their role may follow (so
 * a viewer is not offered forms that would refuse them), and the language links, which keep the page's own parameters.
 * Only in the web application: the command lines (seeds, integrity) run without Spring Security's role hierarchy.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnWebApplication
class LayoutModel {

    private static final Formats FORMATS = new Formats();

    private final Recorder recorder;
    private final RoleHierarchy roles;

    LayoutModel(Recorder recorder, RoleHierarchy roles) {
        this.recorder = recorder;
        this.roles = roles;
    }

    @ModelAttribute("currentUser")
    String currentUser() {
        return recorder.signedIn().orElse(null);
    }

    @ModelAttribute("canRecord")
    boolean canRecord() {
        return has("ROLE_EDITOR");
    }

    @ModelAttribute("isAdmin")
    boolean isAdmin() {
        return has("ROLE_ADMIN");
    }

    @ModelAttribute("fmt")
    Formats formats() {
        return FORMATS;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("langEn")
    String english(HttpServletRequest request) {
        return language(request, "en");
    }

    @ModelAttribute("langRu")
    String russian(HttpServletRequest request) {
        return language(request, "ru");
    }

    /** The same page in another language. The query arrives encoded and is passed on as it came. */
    private static String language(HttpServletRequest request, String code) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", code)
                .build()
                .toUriString();
    }

    private boolean has(String authority) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated()) {
            return false;
        }
        Collection<? extends GrantedAuthority> reachable =
                roles.getReachableGrantedAuthorities(signedIn.getAuthorities());
        return reachable.stream().anyMatch(granted -> authority.equals(granted.getAuthority()));
    }
}
