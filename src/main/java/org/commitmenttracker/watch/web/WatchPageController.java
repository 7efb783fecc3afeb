package org.commitmenttracker.watch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.watch.Deadlines;
import org.commitmenttracker.watch.WatchKind;
import org.commitmenttracker.watch.WatchedChanges;
import org.commitmenttracker.watch.Watches;
import org.commitmenttracker.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The watch page, and the follow buttons' form posts. A button posts as a plain form (then the browser goes back to the
 * page it came from) or through htmx (then only the button is swapped).
 */
@Controller
class WatchPageController {

    private final Watches watches;
    private final WatchedChanges changes;
    private final Deadlines deadlines;

    WatchPageController(Watches watches, WatchedChanges changes, Deadlines deadlines) {
        this.watches = watches;
        this.changes = changes;
        this.deadlines = deadlines;
    }

    @GetMapping("/watch")
    String page(Principal principal, Model model) {
        String user = principal.getName();
        model.addAttribute("watches", watches.of(user));
        model.addAttribute("changes", changes.since(user, null));
        model.addAttribute("deadlines", deadlines.of(user));
        return "watch/page";
    }

    @PostMapping("/watch/seen")
    String seen(Principal principal) {
        changes.markSeen(principal.getName());
        return "redirect:/watch";
    }

    @PostMapping("/watch/follow")
    String follow(
            Principal principal,
            @RequestParam WatchKind kind,
            @RequestParam String target,
            @RequestParam(defaultValue = "/watch") String back,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        watches.follow(principal.getName(), kind, target);
        return answer(kind, target, back, request, response, model);
    }

    @PostMapping("/watch/unfollow")
    String unfollow(
            Principal principal,
            @RequestParam WatchKind kind,
            @RequestParam String target,
            @RequestParam(defaultValue = "/watch") String back,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        watches.unfollow(principal.getName(), kind, target);
        return answer(kind, target, back, request, response, model);
    }

    private static String answer(
            WatchKind kind,
            String target,
            String back,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (Htmx.partial(request, response)) {
            model.addAttribute("watchKind", kind);
            model.addAttribute("watchTarget", target);
            model.addAttribute("watchBack", local(back));
            return "watch/button :: answer";
        }
        return "redirect:" + local(back);
    }

    /** Only a path on this site: a forged form must not turn the redirect into a way off it. */
    static String local(String back) {
        if (!back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            throw new InvalidField("back", "must be a path on this site");
        }
        return back;
    }
}
