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

/** Records a party's position on a decision or proposal, read strictly into a typed request (see CommandBodies). */
@RestController
class PositionCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    PositionCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @Operation(summary = "Record that a party signed, declined, abstained, joined later or withdrew its support")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = RecordPositionRequest.class)))
    @PostMapping(path = "/api/items/{itemId}/positions", produces = "application/json")
    ResponseEntity<Recorded> record(
            @PathVariable String itemId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Long expectedVersion = CommandBodies.expectedVersion(ifMatch);
        RecordPositionRequest request = bodies.read(body, RecordPositionRequest.class, Map.of());
        return recorder.update(
                new CommandRequest(request.command(itemId, expectedVersion), key, expectedVersion), itemId);
    }
}
