package org.commitmenttracker.webhook.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.commitmenttracker.shared.refusal.InvalidField;
import org.commitmenttracker.webhook.EventKinds;
import org.commitmenttracker.webhook.Webhooks;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhooks for admins (SecurityConfig guards /api/admin/**). */
@RestController
@RequestMapping(path = "/api/admin/webhooks", produces = "application/json")
@Tag(name = "Webhooks", description = "Signed POSTs of recorded events to registered addresses (admins only)")
class WebhookController {

    private static final String EXAMPLE = """
            {"url": "https://integration.example.org/tracker-events",
             "eventKinds": ["PledgeGiven", "StatusChanged"],
             "description": "Ministry dashboard"}""";

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @Schema(
            description = "A webhook to register",
            requiredProperties = {"url", "eventKinds"})
    record NewWebhook(
            @Schema(
                    description = "Absolute http or https address that receives the POSTs",
                    example = "https://integration.example.org/tracker-events",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    maxLength = 2000)
            String url,

            @ArraySchema(
                    arraySchema =
                            @Schema(
                                    description = "Event kinds of the event catalogue to send",
                                    requiredMode = Schema.RequiredMode.REQUIRED),
                    schema = @Schema(example = "PledgeGiven"),
                    minItems = 1)
            List<String> eventKinds,

            @Schema(description = "What the receiver is, for admins", example = "Ministry dashboard", maxLength = 200)
            String description) {}

    @Schema(description = "Whether a webhook is enabled")
    record Enabled(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "false")
            boolean enabled) {}

    @Schema(description = "Whether a finished delivery was queued again (false: it was still pending)")
    record Redelivery(boolean queued) {}

    @GetMapping
    @Operation(summary = "Registered webhooks (never their secrets)")
    List<Webhooks.Webhook> list() {
        return webhooks.all();
    }

    @GetMapping("/event-kinds")
    @Operation(summary = "The event kinds a webhook may ask for")
    List<String> eventKinds() {
        return EventKinds.ALL;
    }

    /** The secret is in this answer only; it keys the HMAC-SHA256 signature of every delivery. */
    @PostMapping(consumes = "application/json")
    @Operation(
            summary = "Register a webhook; the answer holds its signing secret, shown this once",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            schema = @Schema(implementation = NewWebhook.class),
                                            examples = @ExampleObject(name = "register", value = EXAMPLE))))
    ResponseEntity<Webhooks.Registered> register(@RequestBody NewWebhook body, Principal principal) {
        Webhooks.Registered registered =
                webhooks.register(body.url(), body.eventKinds(), body.description(), principal.getName());
        return ResponseEntity.created(URI.create("/api/admin/webhooks/" + registered.id()))
                .body(registered);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One webhook")
    Webhooks.Webhook get(@PathVariable UUID id) {
        return webhooks.get(id);
    }

    @PostMapping(path = "/{id}/enabled", consumes = "application/json")
    @Operation(summary = "Disable a webhook (nothing is queued or sent for it) or enable it again")
    Webhooks.Webhook enable(@PathVariable UUID id, @RequestBody Enabled body) {
        webhooks.enable(id, body.enabled());
        return webhooks.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a webhook with its deliveries and their log")
    ResponseEntity<Void> delete(@PathVariable UUID id) {
        webhooks.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The delivery log: latest deliveries first, each with every attempt")
    List<Webhooks.Delivery> deliveries(
            @PathVariable UUID id,
            @RequestParam(defaultValue = "50") @Schema(minimum = "1", maximum = "500") int limit) {
        return webhooks.deliveries(id, limit);
    }

    @PostMapping("/{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivered or given-up delivery again, with the same delivery id and fresh tries")
    ResponseEntity<Redelivery> redeliver(@PathVariable UUID id, @PathVariable UUID deliveryId) {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new Redelivery(webhooks.redeliver(id, deliveryId)));
    }

    /**
     * A well-formed registration the rules refuse (an unknown event kind, a non-http address): 422 naming the field.
     */
    @ExceptionHandler(InvalidField.class)
    ResponseEntity<ProblemDetail> refused(InvalidField refusal) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT, refusal.field() + ": " + refusal.getMessage());
        problem.setType(URI.create("https://commitment-tracker.org/problems/invalid-request"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(Map.of("field", refusal.field(), "reason", refusal.getMessage())));
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }
}
