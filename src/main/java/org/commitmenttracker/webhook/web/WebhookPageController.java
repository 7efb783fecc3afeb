package org.commitmenttracker.webhook.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.commitmenttracker.webhook.EventKinds;
import org.commitmenttracker.webhook.Webhooks;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The webhooks page for admins (SecurityConfig guards /admin/**): plain forms, no script needed. A registration answers
 * with a redirect (post, redirect, get), so reloading the page cannot register the address twice; the new webhook's
 * secret travels to that one page as a flash attribute, which Spring hands over once, and is never shown again.
 */
@Controller
class WebhookPageController {

    private static final int RECENT = 10;

    private final Webhooks webhooks;

    WebhookPageController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String list(Model model) {
        return page(model, Map.of(), Map.of(), List.of(), (Webhooks.Registered) model.getAttribute("registered"));
    }

    @PostMapping("/admin/webhooks")
    String register(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) List<String> eventKinds,
            @RequestParam(defaultValue = "") String description,
            Principal principal,
            Model model,
            RedirectAttributes redirect) {
        List<String> kinds = eventKinds == null ? List.of() : eventKinds;
        try {
            Webhooks.Registered registered = webhooks.register(url, kinds, description, principal.getName());
            redirect.addFlashAttribute("registered", registered);
            return "redirect:/admin/webhooks";
        } catch (InvalidField refusal) {
            Map<String, String> errors = new LinkedHashMap<>();
            String field = refusal.field().startsWith("eventKinds") ? "eventKinds" : refusal.field();
            errors.put(field, "webhooks.error." + field);
            return page(model, errors, Map.of("url", url, "description", description), kinds, null);
        }
    }

    @PostMapping("/admin/webhooks/{id}/enabled")
    String enable(@PathVariable UUID id, @RequestParam boolean enabled) {
        webhooks.enable(id, enabled);
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String delete(@PathVariable UUID id) {
        webhooks.delete(id);
        return "redirect:/admin/webhooks?deleted";
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{deliveryId}/redeliver")
    String redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        webhooks.redeliver(id, deliveryId);
        return "redirect:/admin/webhooks?redelivered#hook-" + id;
    }

    private String page(
            Model model,
            Map<String, String> errors,
            Map<String, String> input,
            List<String> chosen,
            Webhooks.Registered registered) {
        List<Webhooks.Webhook> all = webhooks.all();
        Map<UUID, List<Webhooks.Delivery>> recent = new LinkedHashMap<>();
        for (Webhooks.Webhook hook : all) {
            try {
                recent.put(hook.id(), webhooks.deliveries(hook.id(), RECENT));
            } catch (NotRecorded deletedMeanwhile) {
                recent.put(hook.id(), List.of());
            }
        }
        model.addAttribute("webhooks", all);
        model.addAttribute("recent", recent);
        model.addAttribute("kinds", EventKinds.ALL);
        model.addAttribute("chosen", chosen);
        model.addAttribute("errors", errors);
        model.addAttribute("input", input);
        model.addAttribute("registered", registered);
        return "admin/webhooks";
    }
}
