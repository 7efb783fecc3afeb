package org.commitmenttracker.recording.form;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.item.ItemKind;
import org.commitmenttracker.item.ItemStatus;
import org.commitmenttracker.item.Lifecycle;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.shared.refusal.NotRecorded;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Shows and submits the record forms. A new fact gets /record/{form}; a fact about an item gets
 * /items/{id}/record/{form} and carries the item's version from when the form was opened.
 */
@Controller
class RecordFormController {

    private final Catalogue catalogue;
    private final FormSubmission submission;

    RecordFormController(Catalogue catalogue, FormSubmission submission) {
        this.catalogue = catalogue;
        this.submission = submission;
    }

    @GetMapping("/record")
    String index(Model model) {
        model.addAttribute(
                "newForms",
                CommandForms.keys(
                        CommandForm.Scope.PARTY,
                        CommandForm.Scope.BODY,
                        CommandForm.Scope.BODY_FACT,
                        CommandForm.Scope.SESSION,
                        CommandForm.Scope.NEW_ITEM));
        model.addAttribute("itemForms", CommandForms.keys(CommandForm.Scope.ITEM));
        return "record/index";
    }

    @GetMapping("/record/{key}")
    String newFact(@PathVariable String key, Model model) {
        return show(model, form(key, false), null, null, Map.of());
    }

    @PostMapping("/record/{key}")
    String submitNewFact(@PathVariable String key, @RequestParam Map<String, String> input, Model model) {
        return submission.submit(form(key, false), null, input, model);
    }

    @GetMapping("/items/{itemId}/record/{key}")
    String itemFact(@PathVariable String itemId, @PathVariable String key, Model model) {
        long version = catalogue
                .latest(itemId)
                .orElseThrow(() -> new NotRecorded("item", itemId))
                .version();
        return show(model, itemForm(itemId, key), itemId, version, Map.of());
    }

    @PostMapping("/items/{itemId}/record/{key}")
    String submitItemFact(
            @PathVariable String itemId,
            @PathVariable String key,
            @RequestParam Map<String, String> input,
            Model model) {
        return submission.submit(itemForm(itemId, key), itemId, input, model);
    }

    @GetMapping("/sessions/{sessionId}/record/{key}")
    String sessionFact(@PathVariable String sessionId, @PathVariable String key, Model model) {
        long version = catalogue
                .latest(sessionId)
                .orElseThrow(() -> new NotRecorded("session", sessionId))
                .version();
        return show(model, sessionForm(key), sessionId, version, Map.of());
    }

    @PostMapping("/sessions/{sessionId}/record/{key}")
    String submitSessionFact(
            @PathVariable String sessionId,
            @PathVariable String key,
            @RequestParam Map<String, String> input,
            Model model) {
        return submission.submit(sessionForm(key), sessionId, input, model);
    }

    /** {@code aggregateId} is the item's id for an item form and the session's for a session form. */
    static String show(Model model, CommandForm form, String aggregateId, Long version, Map<String, String> input) {
        boolean session = form.scope() == CommandForm.Scope.SESSION_FACT;
        String itemId = session ? null : aggregateId;
        model.addAttribute("form", form);
        model.addAttribute("sessionId", session ? aggregateId : null);
        model.addAttribute("itemId", itemId);
        model.addAttribute("version", version);
        model.addAttribute("input", input);
        model.addAttribute(
                "idempotencyKey",
                input.getOrDefault("_idempotencyKey", UUID.randomUUID().toString()));
        return "record/form";
    }

    private static CommandForm form(String key, boolean itemScoped) {
        return CommandForms.find(key)
                .filter(form -> (form.scope() == CommandForm.Scope.ITEM) == itemScoped)
                .orElseThrow(() -> new NotRecorded("form", key));
    }

    private static CommandForm sessionForm(String key) {
        return CommandForms.find(key)
                .filter(form -> form.scope() == CommandForm.Scope.SESSION_FACT)
                .orElseThrow(() -> new NotRecorded("form", key));
    }

    /** The status form offers only the statuses of the item's own kind. */
    private CommandForm itemForm(String itemId, String key) {
        CommandForm form = form(key, true);
        if (!key.equals("status")) {
            return form;
        }
        ItemKind kind = catalogue
                .find(itemId)
                .flatMap(known -> ItemKind.openedBy(known.firstEvent()))
                .orElseThrow(() -> new NotRecorded("item", itemId));
        Lifecycle lifecycle = Lifecycle.of(kind);
        List<String> statuses = java.util.Arrays.stream(ItemStatus.values())
                .filter(status -> status != lifecycle.opening() && lifecycle.belongs(status))
                .map(Enum::name)
                .toList();
        return form.withOptions("to", statuses);
    }
}
