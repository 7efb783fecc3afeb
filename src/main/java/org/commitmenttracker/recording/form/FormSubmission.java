package org.commitmenttracker.recording.form;

import java.util.HashMap;
import java.util.Map;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandPreconditions;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.register.catalogue.BodyCodes;
import org.commitmenttracker.register.catalogue.Catalogue;
import org.commitmenttracker.register.catalogue.PartyCodes;
import org.commitmenttracker.web.problem.ProblemMapper;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Sends a form's command through the same recorder as the JSON API. A refusal re-renders the form with the monitor's
 * input and each field error beside its input. The page itself loaded fine, so it is a 200: a 4xx document would show
 * as an error in the browser's console.
 */
@Component
class FormSubmission {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;
    private final Catalogue catalogue;

    FormSubmission(CommandBodies bodies, CommandRecorder recorder, Catalogue catalogue) {
        this.bodies = bodies;
        this.recorder = recorder;
        this.catalogue = catalogue;
    }

    String submit(CommandForm form, String itemId, Map<String, String> input, Model model) {
        Map<String, Object> serverValues = new HashMap<>();
        try {
            boolean aboutItem = addsToAnAggregate(form);
            CommandPreconditions preconditions =
                    CommandPreconditions.of(input.get("_idempotencyKey"), aboutItem ? input.get("_version") : null);
            String aggregateId =
                    switch (form.scope()) {
                        case PARTY ->
                            PartyCodes.aggregateId(
                                    input.getOrDefault("code", "").strip());
                        case BODY ->
                            BodyCodes.aggregateId(input.getOrDefault("code", "").strip());
                        case BODY_FACT ->
                            BodyCodes.aggregateId(input.getOrDefault("body", "").strip());
                        case SESSION -> put(serverValues, "sessionId", preconditions.newId());
                        case NEW_ITEM -> put(serverValues, "itemId", preconditions.newId());
                        case ITEM -> put(serverValues, "itemId", itemId);
                        case SESSION_FACT -> put(serverValues, "sessionId", itemId);
                    };
            if (aboutItem) {
                serverValues.put("expectedVersion", preconditions.expectedVersion());
            }
            Object command = bodies.read(FormJson.of(form, input), form.command(), serverValues);
            if (aboutItem || form.scope() == CommandForm.Scope.BODY_FACT) {
                recorder.update(preconditions.update(command), aggregateId);
            } else {
                recorder.create(preconditions.create(command), aggregateId, "/");
            }
            return "redirect:" + afterwards(form, aggregateId);
        } catch (RuntimeException refused) {
            return refused(form, itemId, input, model, refused);
        }
    }

    private String refused(
            CommandForm form, String itemId, Map<String, String> input, Model model, RuntimeException refused) {
        ProblemDetail problem = ProblemMapper.map(refused).orElseThrow(() -> refused);
        Map<String, String> fieldErrors = new HashMap<>();
        for (Map<String, String> error : ProblemMapper.fieldErrors(problem)) {
            String owner = form.fields().stream()
                    .filter(field -> field.owns(error.get("field")))
                    .findFirst()
                    .map(FormField::name)
                    .orElse("_form");
            fieldErrors.merge(owner, error.get("reason"), (a, b) -> a + "; " + b);
        }
        model.addAttribute("fieldErrors", fieldErrors);
        model.addAttribute("problem", problem.getDetail());
        if (problem.getStatus() == HttpStatus.PRECONDITION_FAILED.value() && itemId != null) {
            catalogue.latest(itemId).ifPresent(latest -> model.addAttribute("conflict", latest));
        }
        return RecordFormController.show(model, form, itemId, itemId == null ? null : formVersion(input), input);
    }

    /** The version the form was opened at, shown again after a refusal; null if the field was tampered with. */
    private static Long formVersion(Map<String, String> input) {
        try {
            return CommandPreconditions.of(null, input.get("_version")).expectedVersion();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static String afterwards(CommandForm form, String aggregateId) {
        return switch (form.scope()) {
            case NEW_ITEM, ITEM -> "/items/" + aggregateId;
            case SESSION, SESSION_FACT -> "/sessions/" + aggregateId;
            case PARTY, BODY, BODY_FACT -> "/record?saved=" + aggregateId;
        };
    }

    private static boolean addsToAnAggregate(CommandForm form) {
        return form.scope() == CommandForm.Scope.ITEM || form.scope() == CommandForm.Scope.SESSION_FACT;
    }

    private static String put(Map<String, Object> values, String field, String id) {
        values.put(field, id);
        return id;
    }
}
