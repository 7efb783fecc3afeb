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

/** Records a session's outcome known only as a count, read strictly into a typed request (see CommandBodies). */
@RestController
class SessionOutcomeCommandController {

    private final CommandBodies bodies;
    private final CommandRecorder recorder;

    SessionOutcomeCommandController(CommandBodies bodies, CommandRecorder recorder) {
        this.bodies = bodies;
        this.recorder = recorder;
    }

    @Operation(summary = "Record how many documents a session presented, adopted, signed or sent back")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = @Content(schema = @Schema(implementation = RecordSessionOutcomeRequest.class)))
    @PostMapping(path = "/api/sessions/{sessionId}/outcomes", produces = "application/json")
    ResponseEntity<Recorded> record(
            @PathVariable String sessionId,
            @RequestBody ObjectNode body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        Long expectedVersion = CommandBodies.expectedVersion(ifMatch);
        RecordSessionOutcomeRequest request = bodies.read(body, RecordSessionOutcomeRequest.class, Map.of());
        return recorder.update(
                new CommandRequest(request.command(sessionId, expectedVersion), key, expectedVersion), sessionId);
    }
}
