package org.commitmenttracker.recording.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import org.commitmenttracker.recording.CommandBodies;
import org.commitmenttracker.recording.CommandRecorder;
import org.commitmenttracker.recording.CommandRequest;
import org.commitmenttracker.recording.Recorded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/**
 * Attaches evidence to an item without changing its status. The body is read by {@link CommandBodies}, which is
 * stricter than Spring's message converter, into a typed request whose schema the OpenAPI document shows.
 */
@RestController
class EvidenceCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    EvidenceCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @Operation(summary = "Attach evidence that supports or contradicts the item's current status")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = AttachEvidenceRequest.class)))
    @PostMapping(path = "/api/items/{itemId}/evidence", produces = "application/json")
    ResponseEntity<Recorded> attach(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Long expectedVersion = CommandBodies.expectedVersion(ifMatch);
        AttachEvidenceRequest request = bodies.read(body, AttachEvidenceRequest.class, Map.of());
        return recorder.update(
                new CommandRequest(request.command(itemId, expectedVersion), key, expectedVersion), itemId);
    }
}
