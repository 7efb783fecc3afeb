package org.commitmenttracker.watch.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.watch.DigestMailer;
import org.commitmenttracker.watch.FeedTokens;
import org.commitmenttracker.watch.MailDigests;
import org.commitmenttracker.web.Htmx;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The feed-token page: the user's tokens (never their secrets), a form that issues one and shows it this once, and a
 * revoke button per token. Plain form posts without JavaScript; with htmx only the token section is swapped. The e-mail
 * digest's address is set here too.
 */
@Controller
class FeedTokenPageController {

    private final FeedTokens tokens;
    private final MailDigests mailDigests;
    private final ObjectProvider<DigestMailer> mailer;

    FeedTokenPageController(FeedTokens tokens, MailDigests mailDigests, ObjectProvider<DigestMailer> mailer) {
        this.tokens = tokens;
        this.mailDigests = mailDigests;
        this.mailer = mailer;
    }

    @GetMapping("/watch/tokens")
    String page(Principal principal, Model model) {
        return show(principal, model, null, null);
    }

    /** Answered directly, not redirected: the new token must not travel in an address or be shown a second time. */
    @PostMapping("/watch/tokens")
    String issue(
            Principal principal,
            @RequestParam(defaultValue = "") String name,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        FeedTokens.IssuedFeedToken issued = null;
        String error = null;
        try {
            issued = tokens.issue(principal.getName(), name);
        } catch (InvalidField refused) {
            error = "tokens.nameInvalid";
            model.addAttribute("name", name);
        }
        String view = show(principal, model, issued, error);
        return Htmx.partial(request, response) ? view + " :: tokens" : view;
    }

    @PostMapping("/watch/tokens/{id}/revoke")
    String revoke(
            Principal principal,
            @PathVariable UUID id,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        tokens.revoke(principal.getName(), id);
        if (Htmx.partial(request, response)) {
            return show(principal, model, null, null) + " :: tokens";
        }
        return "redirect:/watch/tokens";
    }

    /** The e-mail digest's address and language; a plain form post, answered with the page. */
    @PostMapping("/watch/mail")
    String subscribe(
            Principal principal,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "en") String language,
            Model model) {
        try {
            mailDigests.subscribe(principal.getName(), email, language);
        } catch (InvalidField refused) {
            model.addAttribute("emailError", "mail.emailInvalid");
            model.addAttribute("email", email);
            return show(principal, model, null, null);
        }
        return "redirect:/watch/tokens";
    }

    @PostMapping("/watch/mail/stop")
    String unsubscribe(Principal principal) {
        mailDigests.unsubscribe(principal.getName());
        return "redirect:/watch/tokens";
    }

    private String show(Principal principal, Model model, FeedTokens.IssuedFeedToken issued, String error) {
        model.addAttribute("tokens", tokens.of(principal.getName()));
        model.addAttribute("issued", issued);
        model.addAttribute("nameError", error);
        model.addAttribute("mail", mailDigests.of(principal.getName()).orElse(null));
        model.addAttribute("mailConfigured", mailer.getIfAvailable() != null);
        model.addAttribute(
                "feedBase",
                ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/feeds/")
                        .toUriString());
        return "watch/tokens";
    }
}
