package org.commitmenttracker.web;

import jakarta.servlet.http.HttpServletRequest;
import org.commitmenttracker.eventstore.Recorder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts what the page layout shows into every web page's model: who is signed in and the language links, which keep the
 * page's own parameters. Which links a role may follow (so a viewer is not offered forms that would refuse them) the
 * templates ask Spring Security themselves, with {@code sec:authorize}.
 */
@ControllerAdvice(annotations = Controller.class)
@ConditionalOnWebApplication
class LayoutModel {

    private static final Formats FORMATS = new Formats();

    private final Recorder recorder;

    LayoutModel(Recorder recorder) {
        this.recorder = recorder;
    }

    @ModelAttribute("currentUser")
    String currentUser() {
        return recorder.signedIn().orElse(null);
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
}
