package org.commitmenttracker.web;

import org.commitmenttracker.platform.Recorder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts what the page layout shows (who is signed in) into every web page's model. */
@ControllerAdvice(annotations = Controller.class)
class LayoutModel {

    private final Recorder recorder;

    LayoutModel(Recorder recorder) {
        this.recorder = recorder;
    }

    @ModelAttribute("currentUser")
    String currentUser() {
        return recorder.signedIn().orElse(null);
    }
}
